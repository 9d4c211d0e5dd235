public import CYPHubCore
public import CYPHubWire
public import Logging

/// Everything the host needs to start (see README, "Configuration"): read from the command line, the
/// environment and a JSON config file by ``init(settings:)``, or built in code by tests.
public struct HostConfiguration: Sendable {
    /// Where the host listens.
    public var listen: ListenAddress
    /// Where `GET /metrics` answers in Prometheus text format (`metrics.listen`); nil: no metrics, nothing counted.
    public var metricsListen: ListenAddress?
    /// The directory holding the database (`cyphub.sqlite`); created if missing.
    public var dataDirectory: String
    /// The ids of the modules to run, in order.
    public var enabledModules: [String]
    /// The reader the values came from; each enabled module reads its section `modules.settings.<id>` through it.
    public var settings: SettingsReader
    /// Frame, message, call and connection limits.
    public var limits: WireLimits
    /// How long calls in flight may run after SIGTERM/SIGINT before they are cancelled.
    public var shutdownGracePeriod: Duration
    /// The lowest level logged.
    public var logLevel: Logger.Level
    /// Load each enabled module's demo data once per data directory.
    public var loadDemoData: Bool
    /// What messages call the configuration: the config file's path, `--demo` or `environment`.
    public var source: String
    /// TLS on the host's port (the `tls` keys); nil: plaintext.
    public var tls: HostTLS?
    /// Serve plaintext, or without authentication, on an address other than loopback (`allowInsecure`); without it
    /// such a host refuses to start.
    public var allowInsecure: Bool
    /// Whether every call must carry credentials (`auth.required`; by default, on any address but loopback). When
    /// not, a call without credentials runs as the anonymous admin (docs/security.md).
    public var authRequired: Bool
    /// Record every call in the audit log (`audit.enabled`, default true): a benchmark and diagnostic switch only.
    public var auditEnabled: Bool
    /// Days the audit log keeps a call's record (`audit.retentionDays`, default 365); 0 keeps every record.
    public var auditRetentionDays: Int
    /// Versions of each snapshot (module, authority, period, kind) the host keeps (`snapshots.retainVersions`,
    /// default 10, 1-1000): after each publish, older versions are deleted, except any a Fetch is streaming.
    public var snapshotsRetainVersions: Int

    /// Creates a configuration in code, with `moduleSettings` (by module id) as the modules' settings.
    public init(
        listen: ListenAddress = ListenAddress(host: "127.0.0.1", port: 7420),
        metricsListen: ListenAddress? = nil,
        dataDirectory: String = "./data",
        enabledModules: [String] = [],
        moduleSettings: [String: [String: SettingValue]] = [:],
        limits: WireLimits = WireLimits(),
        shutdownGracePeriod: Duration = .seconds(10),
        logLevel: Logger.Level = .info,
        loadDemoData: Bool = false,
        source: String = "defaults",
        tls: HostTLS? = nil,
        allowInsecure: Bool = false,
        authRequired: Bool? = nil,
        auditEnabled: Bool = true,
        auditRetentionDays: Int = 365,
        snapshotsRetainVersions: Int = 10
    ) {
        self.authRequired = authRequired ?? !listen.isLoopback
        self.listen = listen
        self.metricsListen = metricsListen
        self.dataDirectory = dataDirectory
        self.enabledModules = enabledModules
        self.settings = SettingsReader(
            layers: [
                TreeLayer(
                    name: source, values: ["modules": .object(["settings": .object(moduleSettings.mapValues(SettingValue.object))])])
            ],
            primary: source
        )
        self.limits = limits
        self.shutdownGracePeriod = shutdownGracePeriod
        self.logLevel = logLevel
        self.loadDemoData = loadDemoData
        self.source = source
        self.tls = tls
        self.allowInsecure = allowInsecure
        self.auditEnabled = auditEnabled
        self.auditRetentionDays = auditRetentionDays
        self.snapshotsRetainVersions = snapshotsRetainVersions
    }
}
