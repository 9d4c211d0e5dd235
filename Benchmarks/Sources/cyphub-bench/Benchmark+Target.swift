import ArgumentParser
import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Foundation
import Logging
import NIOCore
import NIOPosix

/// The host a security mode is measured against and the connections to it.
extension Benchmark {
    struct Target {
        let mode: SecurityMode
        let address: String
        let clients: [CYPHubClient]
        /// The in-process host, its event loops and the task running its server (nil with `--server`).
        let host: HubHost?
        let hostGroup: MultiThreadedEventLoopGroup?
        let serving: Task<Void, any Error>?
        /// What the host's AuditWriter does under its service group (not run here): stores the audit buffer each second.
        let auditFlushing: Task<Void, Never>?

        /// Closes the connections and stops the host, removing its data directory; with `printingMetrics`, prints the
        /// calls the host counted (`--metrics`).
        func close(printingMetrics: Bool) async {
            for client in clients { await client.close() }
            auditFlushing?.cancel()
            if let exposition = host?.metricsServer?.exposition(), printingMetrics {
                let counted = String(decoding: exposition, as: UTF8.self).split(separator: "\n")
                    .filter { $0.hasPrefix("cyphub_calls_total{") }
                    .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
                    .reduce(0, +)
                print("metrics on (\(mode.rawValue)): the host counted \(Int(counted)) calls (cyphub_calls_total)")
            }
            if let host {
                host.server.stop()
                _ = try? await serving?.value
                try? FileManager.default.removeItem(atPath: host.configuration.dataDirectory)
            }
            try? await hostGroup?.shutdownGracefully()
        }
    }

    /// Connects `--connections` clients for `mode`: to `--server`, or to a host started in this process for the mode
    /// (TLS with `certificates`' host certificate; for a token mode, `auth.required` and a real token issued through
    /// the principal store to an internal principal, which may call `Diagnostics/Echo`).
    func target(
        _ mode: SecurityMode, levels: [Int], certificates: TestCertificates?, clientGroup: MultiThreadedEventLoopGroup
    ) async throws -> Target {
        var host: HubHost?
        var hostGroup: MultiThreadedEventLoopGroup?
        var serving: Task<Void, any Error>?
        var token: String?
        var auditFlushing: Task<Void, Never>?
        let address: String
        if let server {
            address = server
        } else {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: hostThreads)
            hostGroup = group
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-bench-\(UUID().uuidString)").path
            var limits = WireLimits()
            limits.maxCallsPerConnection = max(100, levels.max() ?? 1)
            let tls =
                mode.usesTLS
                ? certificates.map { HostTLS(certificateChainFile: $0.serverCertificateFile, privateKeyFile: $0.serverKeyFile) } : nil
            let configuration = HostConfiguration(
                listen: ListenAddress(host: "127.0.0.1", port: 0),
                metricsListen: metrics ? ListenAddress(host: "127.0.0.1", port: 0) : nil, dataDirectory: directory,
                enabledModules: [], limits: limits, logLevel: .warning, source: "benchmark", tls: tls,
                authRequired: mode.usesToken, auditEnabled: !noAudit
            )
            var logger = Logger(label: "cyphub.bench")
            logger.logLevel = .warning
            let made = try await HubHost.make(configuration: configuration, modules: [], group: group, logger: logger)
            host = made
            serving = Task { try await made.server.run() }
            if !noAudit {
                auditFlushing = Task {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(1))
                        if Task.isCancelled { break }
                        await made.flushAuditLog()
                    }
                }
            }
            address = "127.0.0.1:\(try await made.server.listeningPort())"
            if mode.usesToken {
                let principal = try NewPrincipal(name: "bench", role: "internal", authorities: "all", note: "cyphub-bench")
                token = try await PrincipalStore(storage: made.storage).add(principal).token
                try await made.reloadPrincipals()
            }
        }
        let clientTLS = mode.usesTLS ? certificates.map { ClientTLS(trustRoots: .file($0.caFile)) } : nil
        var clients: [CYPHubClient] = []
        for _ in 0..<max(1, connections) {
            clients.append(try await CYPHubClient.connect(to: address, tls: clientTLS, token: token, group: clientGroup))
        }
        if host != nil {
            // The calls measured run as the principal the mode means: the token's, or anonymous.
            let expected = token == nil ? Principal.anonymous.name : "bench"
            let whoami = try await clients[0].unary(Identity.Method.WhoAmI.self, request: WhoAmIRequest())
            guard whoami.name == expected else {
                throw ValidationError("\(mode.rawValue): calls run as '\(whoami.name)', not '\(expected)'")
            }
        }
        return Target(
            mode: mode, address: address, clients: clients, host: host, hostGroup: hostGroup, serving: serving,
            auditFlushing: auditFlushing)
    }
}
