public import CYPHubClient
public import CYPHubCore
public import CYPHubHost
public import CYPHubWire
public import Foundation
public import Logging
public import NIOCore
import NIOPosix

/// A real host on a loopback port with a temporary data directory, for tests.
///
/// ```swift
/// try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
///     let client = try await host.connect()
///     …
/// }
/// ```
public struct TestHost: Sendable {
    /// How a test reaches the host.
    public enum Mode: Sendable, CaseIterable {
        /// No socket: calls go through the real protobuf-c codec and the host's dispatch table
        /// (``InProcessClient``). Module tests use it.
        case inProcess
        /// A real server on a loopback port, reached by the real client over TCP.
        case live
    }

    /// The host (started, with its server listening, in ``Mode/live``).
    public let host: HubHost
    /// How the test reaches it.
    public let mode: Mode
    /// The port it listens on (127.0.0.1); 0 in process.
    public let port: Int
    /// Its data directory (removed afterwards).
    public let dataDirectory: String

    /// `127.0.0.1:PORT`.
    public var address: String { "127.0.0.1:\(port)" }

    /// Connects a new client (``Mode/live`` only); with `token`, every call carries `authorization: Bearer <token>`.
    public func connect(token: String? = nil) async throws -> CYPHubClient {
        guard mode == .live else { throw RPCError(code: .failedPrecondition, message: "an in-process test host has no socket") }
        return try await CYPHubClient.connect(host: "127.0.0.1", port: port, token: token)
    }

    /// Adds a principal to the host's database, as `cyphub principals add` would, and returns its token (the host
    /// sees it at once). `authorities`: codes separated by commas, or `all`; `expires`: as the command takes it.
    public func issueToken(
        name: String, role: Role, authorities: String, expires: String = "", certificateSubject: String = "", now: Date = Date()
    ) async throws -> String {
        let principal = try NewPrincipal(
            name: name, role: role.rawValue, authorities: authorities, expires: expires, certificateSubject: certificateSubject,
            now: now)
        let issued = try await PrincipalStore(storage: host.storage).add(principal, now: now)
        try await host.reloadPrincipals()
        return issued.token
    }

    /// A caller for the test: the in-process client, or a new connection in ``Mode/live`` (closed when the host
    /// stops). The same test body runs either way.
    public func caller() async throws -> any RPCCaller {
        switch mode {
        case .inProcess: try InProcessClient(host: host)
        case .live: try await connect()
        }
    }

    /// The host's database.
    public var storage: Storage { host.storage }

    /// Starts a host with `modules` compiled in and `enabled` of them enabled (all by default),
    /// runs `body`, then shuts the host down and removes its data directory. `group`: the event loops the server
    /// runs on (NIO's shared group by default); `tls`: TLS on its port (connect with ``CYPHubClient/connect(to:tls:limits:connectTimeout:keepAlive:group:)``).
    /// `authRequired`: whether calls need credentials (default: not, on loopback; see docs/security.md).
    /// `snapshotsRetainVersions`: versions of each snapshot kept (`snapshots.retainVersions`, docs/snapshots.md).
    public static func withRunning<T: Sendable>(
        modules: [any DomainModule],
        enabled: [String]? = nil,
        moduleSettings: [String: [String: SettingValue]] = [:],
        limits: WireLimits = WireLimits(),
        demoData: Bool = false,
        dataDirectory: String? = nil,
        mode: Mode = .live,
        interceptors: [any ServerInterceptor] = [],
        logger: Logger? = nil,
        gracePeriod: Duration = .seconds(2),
        group: (any EventLoopGroup)? = nil,
        tls: HostTLS? = nil,
        authRequired: Bool? = nil,
        snapshotsRetainVersions: Int = 10,
        _ body: (TestHost) async throws -> T
    ) async throws -> T {
        let directory =
            dataDirectory
            ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("cyphub-test-\(UUID().uuidString)").path
        let configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0),
            dataDirectory: directory,
            enabledModules: enabled ?? modules.map(\.descriptor.id),
            moduleSettings: moduleSettings,
            limits: limits,
            shutdownGracePeriod: gracePeriod,
            logLevel: .warning,
            loadDemoData: demoData,
            source: "test",
            tls: tls,
            authRequired: authRequired,
            snapshotsRetainVersions: snapshotsRetainVersions
        )
        let logger =
            logger
            ?? {
                var logger = Logger(label: "cyphub.test")
                logger.logLevel = .critical
                return logger
            }()
        let host = try await HubHost.make(
            configuration: configuration, modules: modules, interceptors: interceptors,
            group: group ?? MultiThreadedEventLoopGroup.singleton, logger: logger)
        if mode == .inProcess {
            defer {
                if dataDirectory == nil { try? FileManager.default.removeItem(atPath: directory) }
            }
            return try await body(TestHost(host: host, mode: .inProcess, port: 0, dataDirectory: directory))
        }
        let server = host.server
        let serving = Task { try await server.run() }
        defer {
            if dataDirectory == nil { try? FileManager.default.removeItem(atPath: directory) }
        }
        do {
            let port = try await server.listeningPort()
            let result = try await body(TestHost(host: host, mode: .live, port: port, dataDirectory: directory))
            server.stop()
            try await serving.value
            return result
        } catch {
            server.stop()
            _ = try? await serving.value
            throw error
        }
    }
}
