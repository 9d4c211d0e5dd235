public import CYPHubCore
public import Logging

/// Everything the host needs to start, read from a JSON config file (see README, "Configuration").
public struct HostConfiguration: Sendable {
    /// Where the host listens.
    public var listen: ListenAddress
    /// The directory holding the database (`cyphub.sqlite`); created if missing.
    public var dataDirectory: String
    /// The ids of the modules to run, in order.
    public var enabledModules: [String]
    /// Each module's own settings object, by module id.
    public var moduleSettings: [String: [String: SettingValue]]
    /// Frame, message and concurrency limits.
    public var limits: HostLimits
    /// How long calls in flight may run after SIGTERM/SIGINT before they are cancelled.
    public var shutdownGracePeriod: Duration
    /// The lowest level logged.
    public var logLevel: Logger.Level
    /// Load each enabled module's demo data once per data directory.
    public var loadDemoData: Bool
    /// Where the values came from, for error messages (a path, or `--demo`).
    public var source: String

    /// Creates a configuration with defaults for everything but the listen address and data directory.
    public init(
        listen: ListenAddress = ListenAddress(host: "127.0.0.1", port: 7420),
        dataDirectory: String = "./data",
        enabledModules: [String] = [],
        moduleSettings: [String: [String: SettingValue]] = [:],
        limits: HostLimits = HostLimits(),
        shutdownGracePeriod: Duration = .seconds(10),
        logLevel: Logger.Level = .info,
        loadDemoData: Bool = false,
        source: String = "defaults"
    ) {
        self.listen = listen
        self.dataDirectory = dataDirectory
        self.enabledModules = enabledModules
        self.moduleSettings = moduleSettings
        self.limits = limits
        self.shutdownGracePeriod = shutdownGracePeriod
        self.logLevel = logLevel
        self.loadDemoData = loadDemoData
        self.source = source
    }
}

/// A host and port to listen on, written `HOST:PORT` (`[::1]:7420` for IPv6).
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The interface address (`127.0.0.1`, `0.0.0.0`, `::1`).
    public var host: String
    /// The port (0: any free port, for tests).
    public var port: Int

    /// Creates an address.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; `nil` when malformed.
    public init?(parsing text: String) {
        var hostPart: Substring
        let portPart: Substring
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            hostPart = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
            portPart = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
        }
        if hostPart.isEmpty { hostPart = "0.0.0.0" }
        guard let port = Int(portPart), (0...65535).contains(port) else { return nil }
        self.init(host: String(hostPart), port: port)
    }

    /// `HOST:PORT`.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

/// Limits that protect the host from large or numerous requests.
public struct HostLimits: Sendable, Hashable {
    /// The largest frame payload, checked on the length prefix (default 4 MiB).
    public var maxFrameBytes: Int = 4 * 1024 * 1024
    /// The largest message after decompression (default 4 MiB).
    public var maxMessageBytes: Int = 4 * 1024 * 1024
    /// Calls in flight on one connection; more are refused with RESOURCE_EXHAUSTED (default 100).
    public var maxCallsPerConnection: Int = 100
    /// Open connections; more are closed on accept (default 1,000).
    public var maxConnections: Int = 1000
    /// Responses smaller than this are never compressed (default 1 KiB).
    public var compressionThresholdBytes: Int = 1024

    /// Default limits.
    public init() {}
}
