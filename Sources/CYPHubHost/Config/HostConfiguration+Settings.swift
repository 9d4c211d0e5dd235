public import CYPHubCore
import CYPHubWire
import Logging

extension HostConfiguration {
    /// The values each limit may take (its default and meaning are declared once, on `WireLimits`).
    static let limitRanges: [(key: String, range: ClosedRange<Int>, keyPath: any WritableKeyPath<WireLimits, Int> & Sendable)] = [
        ("maxFrameBytes", 1024...(256 << 20), \.maxFrameBytes),
        ("maxMessageBytes", 1024...(256 << 20), \.maxMessageBytes),
        ("maxCallsPerConnection", 1...100_000, \.maxCallsPerConnection),
        ("maxConnections", 1...1_000_000, \.maxConnections),
        ("compressionThresholdBytes", 64...(256 << 20), \.compressionThresholdBytes),
        ("maxRunningCalls", 1...100_000, \.maxRunningCalls),
        ("connectionBufferBytes", (64 << 10)...(1 << 30), \.connectionBufferBytes),
    ]

    /// The limits that are durations, set in whole seconds.
    static let timeoutRanges: [(key: String, range: ClosedRange<Int>, keyPath: any WritableKeyPath<WireLimits, Duration> & Sendable)] = [
        ("prefaceTimeoutSeconds", 1...3600, \.prefaceTimeout),
        ("idleTimeoutSeconds", 1...86_400, \.idleTimeout),
        ("stalledWriteTimeoutSeconds", 1...3600, \.stalledWriteTimeout),
    ]

    /// Reads the host's keys from `settings` (see README, "Configuration"): the one place each host key, its
    /// default and its check are written, whichever layer sets it. Ends by refusing anything outside the modules'
    /// sections that nothing read; each module's section is checked when the module registers.
    public init(settings: SettingsReader) throws {
        let listenText = try settings.requiredString("listen")
        guard let listen = ListenAddress(parsing: listenText) else {
            throw settings.error("listen", "'\(listenText)' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)")
        }
        let metricsListen = try Self.metricsListen(settings, listen: listen)
        let dataDirectory = try settings.requiredString("dataDirectory")
        if dataDirectory.isEmpty { throw settings.error("dataDirectory", "must not be empty") }

        let modules = settings.scoped(to: "modules")
        try modules.requireObject()
        let enabled = try modules.stringList("enabled", default: [], element: "a module id string")
        if modules.scoped(to: "enabled").isEmpty {
            throw modules.missing("enabled", "required: an array of module ids, e.g. [\"social-care\"]")
        }
        var seen = Set<String>()
        for (index, id) in enabled.enumerated() where !seen.insert(id).inserted {
            throw modules.error("enabled[\(index)]", "module '\(id)' is listed twice")
        }

        let limitSettings = settings.scoped(to: "limits")
        try limitSettings.requireObject()
        var values = WireLimits()
        for limit in Self.limitRanges {
            values[keyPath: limit.keyPath] = try limitSettings.int(limit.key, default: values[keyPath: limit.keyPath], range: limit.range)
        }
        for limit in Self.timeoutRanges {
            let seconds = try limitSettings.int(
                limit.key, default: Int(values[keyPath: limit.keyPath].components.seconds), range: limit.range)
            values[keyPath: limit.keyPath] = .seconds(seconds)
        }
        // The decoding budget follows the message limit.
        var limits = values
        limits.maxDecodeAllocationBytes = WireLimits(maxMessageBytes: values.maxMessageBytes).maxDecodeAllocationBytes

        let grace = try settings.int("shutdownGracePeriodSeconds", default: 10, range: 0...3600)
        let level = try settings.string("logLevel", default: "info")
        guard let logLevel = Logger.Level(rawValue: level) else {
            throw settings.error("logLevel", "'\(level)' is not one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let demoData = try settings.bool("demoData", default: false)
        let tls = try Self.tls(settings)
        let allowInsecure = try settings.bool("allowInsecure", default: false)
        let auth = settings.scoped(to: "auth")
        try auth.requireObject()
        let authRequired = try auth.bool("required", default: !listen.isLoopback)
        let audit = settings.scoped(to: "audit")
        try audit.requireObject()
        let auditEnabled = try audit.bool("enabled", default: true)
        let auditRetentionDays = try audit.int("retentionDays", default: 365, range: 0...36_500)
        let snapshots = settings.scoped(to: "snapshots")
        try snapshots.requireObject()
        let retainVersions = try snapshots.int("retainVersions", default: 10, range: 1...1000)
        try settings.rejectUnread(
            "unknown key (see README, \"Configuration\", for every key, variable and flag)", excluding: ["modules.settings"])

        self.init(
            listen: listen, dataDirectory: dataDirectory, enabledModules: enabled, limits: limits,
            shutdownGracePeriod: .seconds(grace), logLevel: logLevel, loadDemoData: demoData, source: settings.file,
            tls: tls, allowInsecure: allowInsecure, authRequired: authRequired, auditEnabled: auditEnabled,
            auditRetentionDays: auditRetentionDays, snapshotsRetainVersions: retainVersions
        )
        self.settings = settings
        self.metricsListen = metricsListen
    }

    /// `metrics.listen`: off when absent or empty; otherwise `HOST:PORT`, not the host's own address.
    private static func metricsListen(_ settings: SettingsReader, listen: ListenAddress) throws -> ListenAddress? {
        let metrics = settings.scoped(to: "metrics")
        try metrics.requireObject()
        let text = try metrics.string("listen", default: "")
        guard !text.isEmpty else { return nil }
        guard let address = ListenAddress(parsing: text) else {
            throw metrics.error("listen", "'\(text)' is not HOST:PORT (e.g. 127.0.0.1:9464)")
        }
        let wildcard = [address.host, listen.host].contains { $0 == "0.0.0.0" || $0 == "::" }
        if address.port != 0 && address.port == listen.port && (address.host == listen.host || wildcard) {
            throw metrics.error("listen", "'\(text)' takes the port of listen (\(listen)); metrics need a port of their own")
        }
        return address
    }

    /// The `tls` section: both files or neither (the files themselves are read by the start-up checks).
    private static func tls(_ settings: SettingsReader) throws -> HostTLS? {
        let section = settings.scoped(to: "tls")
        try section.requireObject()
        let chain = try section.string("certificateChainFile", default: "")
        let key = try section.string("privateKeyFile", default: "")
        let clientCA = try section.string("clientCAFile", default: "")
        if chain.isEmpty, key.isEmpty {
            if !clientCA.isEmpty {
                throw section.error("clientCAFile", "mutual TLS needs TLS: set tls.certificateChainFile and tls.privateKeyFile too")
            }
            return nil
        }
        if chain.isEmpty { throw section.missing("certificateChainFile", "required with tls.privateKeyFile") }
        if key.isEmpty { throw section.missing("privateKeyFile", "required with tls.certificateChainFile") }
        return HostTLS(certificateChainFile: chain, privateKeyFile: key, clientCAFile: clientCA.isEmpty ? nil : clientCA)
    }
}
