public import CYPHubClient
public import CYPHubCore
public import CYPHubHost
public import CYPHubWire
import Foundation
import Logging

/// A real host on a loopback port with a temporary data directory, for tests.
///
/// ```swift
/// try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
///     let client = try await host.connect()
///     …
/// }
/// ```
public struct TestHost: Sendable {
    /// The running host.
    public let host: HubHost
    /// The port it listens on (127.0.0.1).
    public let port: Int
    /// Its data directory (removed afterwards).
    public let dataDirectory: String

    /// `127.0.0.1:PORT`.
    public var address: String { "127.0.0.1:\(port)" }

    /// Connects a new client.
    public func connect() async throws -> CYPHubClient {
        try await CYPHubClient.connect(host: "127.0.0.1", port: port)
    }

    /// Starts a host with `modules` compiled in and `enabled` of them enabled (all by default),
    /// runs `body`, then shuts the host down and removes its data directory.
    public static func withRunning<T: Sendable>(
        modules: [any DomainModule],
        enabled: [String]? = nil,
        moduleSettings: [String: [String: SettingValue]] = [:],
        limits: WireLimits = WireLimits(),
        demoData: Bool = false,
        dataDirectory: String? = nil,
        gracePeriod: Duration = .seconds(2),
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
            source: "test"
        )
        var logger = Logger(label: "cyphub.test")
        logger.logLevel = .critical
        let host = try await HubHost.make(configuration: configuration, modules: modules, logger: logger)
        let server = host.server
        let serving = Task { try await server.run() }
        defer {
            if dataDirectory == nil { try? FileManager.default.removeItem(atPath: directory) }
        }
        do {
            let port = try await server.listeningPort()
            let result = try await body(TestHost(host: host, port: port, dataDirectory: directory))
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
