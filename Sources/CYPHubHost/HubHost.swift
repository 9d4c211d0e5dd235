public import CYPHubCore
import CYPHubWire
import Foundation
public import Logging
public import NIOCore
public import NIOPosix
import NIOSSL
public import ServiceLifecycle
import Synchronization

/// A configured host: storage migrated, modules registered, server ready to run.
///
/// ``make(configuration:modules:group:logger:)`` does every start-up check (unknown module ids,
/// malformed or unknown settings, duplicate methods, methods missing from the schema) and throws
/// a message naming the key, where it was set, or the module; ``check(configuration:modules:)``
/// runs the same checks without touching the disk. ``services`` are what the executable runs in
/// its `ServiceGroup`.
public final class HubHost: Sendable {
    /// The host's version.
    public static let version = "0.1.0"
    /// The database file's name inside the data directory.
    public static let databaseFileName = "cyphub.sqlite"

    /// The configuration it was built from.
    public let configuration: HostConfiguration
    /// The TCP server.
    public let server: HostServer
    /// The metrics endpoint, when `metrics.listen` is set (nil by default: nothing is counted or bound).
    public let metricsServer: MetricsServer?
    /// The database.
    public let storage: Storage
    /// The server, every enabled module's background services, the principals' refresher and the metrics endpoint.
    public let services: [any Service]
    /// The compiled modules and whether each is enabled, as `cyp modules` lists them.
    public let listing: ListModulesResponse
    /// Every method it serves, by name, with its declared access: what the access-matrix test walks.
    public let methods: [RegisteredMethod]
    /// Every principal and token hash, in memory: what calls are authenticated against.
    let principals: PrincipalDirectory
    /// How often the host looks for principals changed by `cyphub principals …` while it runs.
    static let principalsPollInterval: Duration = .seconds(1)

    private init(
        configuration: HostConfiguration, server: HostServer, metricsServer: MetricsServer?, storage: Storage, services: [any Service],
        listing: ListModulesResponse, methods: [RegisteredMethod], principals: PrincipalDirectory
    ) {
        self.methods = methods
        self.configuration = configuration
        self.server = server
        self.metricsServer = metricsServer
        self.storage = storage
        self.services = services
        self.listing = listing
        self.principals = principals
    }

    /// Reloads the principals from the database at once, for a change made in this process outside the admin service
    /// (tests); otherwise the host notices within ``principalsPollInterval``.
    public func reloadPrincipals() async throws {
        try await principals.reload()
    }

    /// Builds a host from configuration and the compiled modules: the checks of ``check(configuration:modules:)``,
    /// then the data directory, the database and its migrations, demo data and the server.
    public static func make(
        configuration: HostConfiguration,
        modules: [any DomainModule],
        interceptors: [any ServerInterceptor] = [],
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger
    ) async throws -> HubHost {
        // Every check first, against an in-memory database: a configuration refused leaves nothing on disk.
        _ = try check(configuration: configuration, modules: modules)
        let tlsContext = try transport(configuration)
        do {
            try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw HostError.dataDirectory(configuration.dataDirectory, "\(error)")
        }
        let databasePath = URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent(databaseFileName).path
        let storage = try Storage.open(path: databasePath)
        let shuttingDown = ShutdownState()
        let metrics = configuration.metricsListen.map { _ in HostMetrics() }
        let auditLog =
            configuration.auditEnabled
            ? AuditLog(storage: storage, retentionDays: configuration.auditRetentionDays, logger: logger) : nil
        let registration = try register(
            configuration: configuration, modules: modules, storage: storage, auditLog: auditLog, logger: logger,
            interceptors: [FailureLoggingInterceptor(logger: logger)] + interceptors, metrics: metrics,
            shuttingDown: { shuttingDown.isShuttingDown })

        try await registration.principals.reload()

        if configuration.loadDemoData {
            for module in registration.enabledModules {
                guard let context = registration.contexts[module.descriptor.id] else { continue }
                try await loadDemoDataOnce(module: module, context: context, storage: storage, logger: logger)
            }
        }

        let dispatchTable = DispatchTable(
            entries: registration.entries,
            disabledPackages: registration.disabledPackages,
            schema: registration.schema,
            limits: configuration.limits,
            logger: logger,
            auditLog: auditLog
        )
        // Records past the retention period go at start (then once a day, by the writer); so do the staged chunks of a
        // snapshot publish the host stopped in.
        try await auditLog?.purge()
        try await storage.write { db in try SnapshotStore.dropStaged(publishID: nil, in: db) }
        let listing = registration.listing
        let server = HostServer(
            dispatchTable: dispatchTable,
            listen: configuration.listen,
            gracePeriod: configuration.shutdownGracePeriod,
            group: group,
            tlsContext: tlsContext,
            logger: logger,
            shutdownState: shuttingDown,
            metrics: metrics
        ) { port in
            Self.logSummary(configuration: configuration, port: port, listing: listing, databasePath: databasePath, logger: logger)
        }
        var metricsServer: MetricsServer?
        if let listen = configuration.metricsListen, let metrics {
            metricsServer = MetricsServer(listen: listen, metrics: metrics, group: group, logger: logger) { server.sampleGauges() }
        }
        // A ServiceGroup shuts services down in the reverse of this order, each after the one before has ended:
        // health turns NOT_SERVING first, then the server drains its connections, then the modules' background
        // services and the principals' refresher stop, then the database closes, and the metrics endpoint stops last (it
        // shows the drain).
        var services: [any Service] = metricsServer.map { [$0] } ?? []
        services.append(StorageCloser(storage: storage, logger: logger))
        // Stops after the server has drained (every call's record is buffered) and before the database closes.
        if let auditLog { services.append(AuditWriter(log: auditLog)) }
        for module in registration.enabledModules {
            guard let context = registration.contexts[module.descriptor.id] else { continue }
            services += try module.makeBackgroundServices(context: context).map { BackgroundServiceAdapter(service: $0) }
        }
        services.append(
            PrincipalDirectoryRefresher(
                directory: registration.principals, store: PrincipalStore(storage: storage), interval: principalsPollInterval,
                logger: logger))
        services += [server, ShutdownFlag(flag: shuttingDown)]
        return HubHost(
            configuration: configuration, server: server, metricsServer: metricsServer, storage: storage, services: services,
            listing: listing, methods: registration.entries.values.map(\.method).sorted { $0.descriptor.fullName < $1.descriptor.fullName },
            principals: registration.principals)
    }

    /// Runs every start-up check without touching the disk (`cyphub check-config`): unknown module ids and
    /// settings for modules not compiled in; each enabled module's migrations, on an in-memory database, and its
    /// `registerMethods` against a router, so its settings are read and any key it did not read is reported;
    /// methods registered twice or missing from the schema; then the TLS files (the key against the certificate) and
    /// the rule that plaintext is served on loopback only, unless `allowInsecure`. Creates no directory and no database file.
    /// Returns the modules and methods the host would serve.
    public static func check(configuration: HostConfiguration, modules: [any DomainModule]) throws -> ListModulesResponse {
        try checkModuleIDs(configuration: configuration, modules: modules)
        // Warnings only: what a check does to its in-memory database (the migrations it applies) is not news.
        var logger = Logger(label: "cyphub.check")
        logger.logLevel = .warning
        let listing = try register(
            configuration: configuration, modules: modules, storage: try Storage.inMemory(), auditLog: nil,
            logger: logger, interceptors: [], metrics: nil, shuttingDown: { false }
        ).listing
        // After every key has been read and checked: the TLS files, and plaintext only on loopback.
        _ = try transport(configuration)
        return listing
    }

    /// The TLS context the `tls` keys describe (nil: plaintext), each file read and checked, the key against the
    /// certificate; and the safe-by-default rule: plaintext only on a loopback address, unless `allowInsecure`.
    /// Errors name the key, where it was set and the file.
    static func transport(_ configuration: HostConfiguration) throws -> NIOSSLContext? {
        let settings = configuration.settings.root
        guard configuration.authRequired || configuration.allowInsecure || configuration.listen.isLoopback else {
            throw settings.error(
                "auth.required",
                "is false, but \(configuration.listen) is not a loopback address, so the host will not serve it without authentication: remove auth.required (it defaults to true off loopback) and issue tokens with `cyphub principals add`, or set \"allowInsecure\": true (see docs/security.md)"
            )
        }
        if let tls = configuration.tls {
            do {
                return try tls.makeContext()
            } catch {
                throw settings.error(error.key, error.reason)
            }
        }
        guard configuration.allowInsecure || configuration.listen.isLoopback else {
            throw settings.error(
                "listen",
                "\(configuration.listen) is not a loopback address, so the host will not serve it without TLS: set tls.certificateChainFile and tls.privateKeyFile, or \"allowInsecure\": true to accept plaintext from the network (see docs/security.md)"
            )
        }
        return nil
    }

    /// Module ids in `modules.enabled` and `modules.settings` that are not compiled in.
    private static func checkModuleIDs(configuration: HostConfiguration, modules: [any DomainModule]) throws {
        let ids = modules.map(\.descriptor.id)
        let compiled = "compiled modules: \(ids.joined(separator: ", "))"
        let moduleSettings = configuration.settings.scoped(to: "modules")
        for (index, id) in configuration.enabledModules.enumerated() where !ids.contains(id) {
            throw HostError.unknownModule(moduleSettings.error("enabled[\(index)]", "unknown module id '\(id)'; \(compiled)"))
        }
        let sections = moduleSettings.scoped(to: "settings")
        try sections.requireObject()
        do {
            try sections.rejectUnknownChildren(known: Set(ids)) { id in
                id.map { "settings for unknown module id '\($0)'; \(compiled)" } ?? "names the settings of no compiled module; \(compiled)"
            }
        } catch let error as ConfigError {
            throw HostError.unknownModule(error)
        }
    }

    /// The modules registered over `storage`, with the router, the dispatch table and the listing.
    private struct Registration {
        var contexts: [String: ModuleContext] = [:]
        var enabledModules: [any DomainModule] = []
        var snapshotSources: [String: any SnapshotSource] = [:]
        var entries: [String: DispatchTable.Entry] = [:]
        var disabledPackages: [String: String] = [:]
        var schema: ProtoSchema
        var listing: ListModulesResponse
        var principals: PrincipalDirectory
    }

    /// Migrates `storage` for the host and each enabled module, registers each module's methods with its settings
    /// (refusing any setting it did not read), then the built-in services, and checks every method against the schema.
    private static func register(
        configuration: HostConfiguration,
        modules: [any DomainModule],
        storage: Storage,
        auditLog: AuditLog?,
        logger: Logger,
        interceptors: [any ServerInterceptor],
        metrics: HostMetrics?,
        shuttingDown: @escaping @Sendable () -> Bool
    ) throws -> Registration {
        let byID = Dictionary(modules.map { ($0.descriptor.id, $0) }, uniquingKeysWith: { first, _ in first })
        // One migrator for the database: the host's tables, then every enabled module's, in module order.
        var migrator = StorageMigrator()
        try registerHostMigrations(&migrator)
        try migrator.register(modules: configuration.enabledModules.compactMap { byID[$0] })
        let applied = try migrator.migrate(storage)
        if !applied.isEmpty { logger.info("applied migrations: \(applied.joined(separator: ", "))") }

        let schema = try ProtoSchema.load()
        var router = Router(moduleID: "host")
        var contexts: [String: ModuleContext] = [:]
        var enabledModules: [any DomainModule] = []
        var snapshotSources: [String: any SnapshotSource] = [:]
        for id in configuration.enabledModules {
            guard let module = byID[id] else { continue }
            var moduleLogger = logger
            moduleLogger[metadataKey: "module"] = "\(id)"
            let settings = configuration.settings.scoped(path: ["modules", "settings", id])
            try settings.requireObject()
            let context = ModuleContext(settings: settings, storage: storage, logger: moduleLogger)
            var moduleRouter = Router(moduleID: id)
            try module.registerMethods(with: &moduleRouter, context: context)
            try router.merge(moduleRouter)
            snapshotSources[id] = try module.snapshotSource(context: context)
            try settings.rejectUnread("unknown setting for module '\(id)' (see docs/modules/\(id).md)")
            contexts[id] = context
            enabledModules.append(module)
        }

        var hostRouter = Router(moduleID: "host")
        // The listing is made from the final table (the host's own methods included), after the services that serve it.
        let listingBox = ListingBox()
        let builtIns = BuiltInServices(
            version: version,
            modules: modules.map { ($0, contexts[$0.descriptor.id]) },
            listing: { listingBox.value },
            storage: storage,
            shuttingDown: shuttingDown,
            limits: HostLimits(configuration.limits),
            auditLog: auditLog
        )
        try builtIns.register(with: &hostRouter)
        try SnapshotService(storage: storage, sources: snapshotSources, retainVersions: configuration.snapshotsRetainVersions)
            .register(with: &hostRouter)
        let principals = PrincipalDirectory(store: PrincipalStore(storage: storage))
        try AdminServices(store: PrincipalStore(storage: storage), directory: principals).register(with: &hostRouter)
        try router.merge(hostRouter)
        let listing = Self.listing(modules: modules, enabled: Set(configuration.enabledModules), router: router, schema: schema)
        listingBox.value = listing

        var registration = Registration(
            contexts: contexts, enabledModules: enabledModules, schema: schema, listing: listing, principals: principals)
        var accessLogger = logger
        accessLogger[metadataKey: "component"] = "access"
        let accessControl = AccessControl(
            required: configuration.authRequired, principals: principals, attempts: FailedAttempts(logger: accessLogger),
            logger: accessLogger)
        for (name, method) in router.methods {
            guard let methodSchema = schema.method(name) else {
                throw HostError.methodNotInSchema(module: method.moduleID, method: name)
            }
            registration.entries[name] = DispatchTable.Entry(
                method: method, schema: methodSchema, limits: configuration.limits, interceptors: interceptors,
                logger: interceptors.isEmpty ? nil : logger, metrics: metrics, accessControl: accessControl,
                importLog: ImportLog(storage: storage))
        }
        for module in modules where contexts[module.descriptor.id] == nil {
            registration.disabledPackages[module.descriptor.protoPackage] = module.descriptor.id
        }
        return registration
    }

    /// The host's own tables (demo data loaded, principals and tokens), registered in the `host` namespace.
    static func registerHostMigrations(_ migrator: inout StorageMigrator) throws {
        try migrator.register(
            namespace: "host",
            [
                Migration(id: "001-demo-data", sql: "CREATE TABLE cyphub_demo_data (module_id TEXT PRIMARY KEY, loaded_at TEXT NOT NULL)")
            ])
        try migrator.register(namespace: "host", PrincipalStore.migrations)
        try migrator.register(namespace: "host", [AuditStore.migration])
        try migrator.register(namespace: "host", SnapshotStore.migrations)
        try migrator.register(namespace: "host", [ImportLog.migration])
    }

    private static func loadDemoDataOnce(module: any DomainModule, context: ModuleContext, storage: Storage, logger: Logger) async throws {
        let id = module.descriptor.id
        let loaded = try await storage.read { db in
            try db.row("SELECT loaded_at FROM cyphub_demo_data WHERE module_id = ?", [.text(id)]) != nil
        }
        guard !loaded else { return }
        try await module.loadDemoData(context: context)
        let now = ISO8601DateFormatter().string(from: Date())
        try await storage.write { db in
            try db.execute("INSERT INTO cyphub_demo_data (module_id, loaded_at) VALUES (?, ?)", [.text(id), .text(now)])
        }
        logger.info("loaded demo data for module \(id)")
    }

    private static func listing(modules: [any DomainModule], enabled: Set<String>, router: Router, schema: ProtoSchema)
        -> ListModulesResponse
    {
        func methods(of moduleID: String) -> [MethodInfo] {
            router.methods.values.filter { $0.moduleID == moduleID }
                .sorted { $0.descriptor.fullName < $1.descriptor.fullName }
                .map { method in
                    let methodSchema = schema.method(method.descriptor.fullName)
                    return MethodInfo(
                        name: method.descriptor.fullName,
                        kind: method.kind.rawValue,
                        inputType: methodSchema?.input.name ?? "",
                        outputType: methodSchema?.output.name ?? "",
                        access: method.access.summary
                    )
                }
        }
        var infos = [
            ModuleInfo(
                id: "host", name: "Host (built-in)", version: version, protoPackage: "cyphub.host.v1", enabled: true,
                methods: methods(of: "host"))
        ]
        for module in modules {
            let descriptor = module.descriptor
            infos.append(
                ModuleInfo(
                    id: descriptor.id, name: descriptor.name, version: descriptor.version, protoPackage: descriptor.protoPackage,
                    enabled: enabled.contains(descriptor.id),
                    methods: enabled.contains(descriptor.id) ? methods(of: descriptor.id) : []
                ))
        }
        return ListModulesResponse(version: version, modules: infos)
    }

    private static func logSummary(
        configuration: HostConfiguration, port: Int, listing: ListModulesResponse, databasePath: String, logger: Logger
    ) {
        let listen = ListenAddress(host: configuration.listen.host, port: port)
        let transport =
            switch configuration.tls {
            case nil where configuration.listen.isLoopback: "plaintext, loopback only"
            case nil: "plaintext (allowInsecure)"
            case let tls? where tls.clientCAFile != nil: "TLS, client certificates required"
            case _?: "TLS"
            }
        logger.info("CYPHub \(version) listening on \(listen) (\(transport))")
        if configuration.authRequired {
            logger.info("authentication required: every call but the health check needs a token or a mapped client certificate")
        } else {
            logger.info(
                "authentication off (loopback): calls without credentials run as 'anonymous' (admin, every authority); set auth.required to require tokens"
            )
        }
        logger.info("data directory \(configuration.dataDirectory) (database \(databasePath)); config \(configuration.source)")
        let enabled = listing.modules.filter { $0.enabled && $0.id != "host" }
        logger.info("\(enabled.count) modules enabled: \(enabled.map(\.id).joined(separator: ", "))")
        for module in listing.modules where module.enabled {
            let names = module.methods.map { $0.name.split(separator: "/").last.map(String.init) ?? $0.name }
            logger.info("  \(module.id) \(module.version) [\(module.protoPackage)]: \(names.joined(separator: ", "))")
        }
        let disabled = listing.modules.filter { !$0.enabled }
        if !disabled.isEmpty { logger.info("modules compiled in but disabled: \(disabled.map(\.id).joined(separator: ", "))") }
    }
}

/// The module listing, set once the host's table is complete (before the server starts) and read by each call.
final class ListingBox: Sendable {
    private let state = Mutex(ListModulesResponse())
    var value: ListModulesResponse {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}

/// Marks the host as shutting down (health then answers NOT_SERVING) as soon as shutdown begins.
struct ShutdownFlag: Service {
    let flag: ShutdownState

    func run() async throws {
        try? await gracefulShutdown()
        flag.markShuttingDown()
    }
}

/// Whether shutdown has begun.
final class ShutdownState: Sendable {
    private let state = Mutex(false)
    var isShuttingDown: Bool { state.withLock { $0 } }
    func markShuttingDown() { state.withLock { $0 = true } }
}

/// Closes the database when the service group shuts down, after everything that uses it has stopped.
struct StorageCloser: Service {
    let storage: Storage
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        do {
            try storage.close()
            logger.info("database closed")
        } catch {
            logger.error("could not close the database: \(error)")
        }
    }
}

/// Runs a module's background service under the service group.
struct BackgroundServiceAdapter: Service {
    let service: any BackgroundService

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await service.run()
        }
    }
}
