import ArgumentParser
import CYPHubCLI
import CYPHubClient
import CYPHubCore
import CYPHubWire
import Foundation

/// `cyp health`: exits 0 only when the host is serving.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Ask whether the host (or one module) is serving; exit status 0 only when it is."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Ask about one module (e.g. social-care) instead of the whole host.")
    var module: String = ""

    /// What `--json` prints when the host cannot be asked: `status` `unreachable` and the error.
    private struct Unreachable: Encodable {
        var status = "unreachable"
        var error: Output.Failure
    }

    func run() async throws {
        let health: HealthCheckResponse
        do {
            health = try await withClient(global) { client in
                try await client.health(module: module, options: CallOptions(timeout: .milliseconds(Int64(global.timeout * 1000))))
            }
        } catch let error as RPCError {
            if global.json {
                try Output.json(Unreachable(error: Output.Failure(code: error.code.name, message: error.message)))
            } else {
                print("\(global.server): not serving (\(error.code.name): \(error.message))")
            }
            throw ExitCode(1)
        }
        if global.json {
            try Output.json(health)
        } else {
            print("\(global.server): \(health.status.rawValue.replacingOccurrences(of: "_", with: " ")) (CYPHub \(health.version))")
            Output.table(
                columns: [.left("Module"), .left("Status")],
                rows: health.modules.map { [$0.module, $0.status.rawValue.replacingOccurrences(of: "_", with: " ")] }
            )
            if let limits = health.limits {
                print("")
                Output.keyValues(title: "Limits", Self.rows(limits))
            }
        }
        if health.status != .serving { throw ExitCode(1) }
    }

    /// The host's limits for people, each with its unit.
    static func rows(_ limits: HostLimits) -> [(String, String)] {
        [
            ("Largest frame", Output.bytes(UInt64(limits.maxFrameBytes))),
            ("Largest message", Output.bytes(UInt64(limits.maxMessageBytes))),
            ("Longest method name", Output.bytes(UInt64(limits.maxMethodNameBytes))),
            ("Calls in flight per connection", Output.number(Int(limits.maxCallsPerConnection))),
            ("Connections", Output.number(Int(limits.maxConnections))),
            ("Buffer per connection", Output.bytes(limits.connectionBufferBytes)),
            ("Compression from", Output.bytes(UInt64(limits.compressionThresholdBytes))),
            ("Preface timeout", Output.seconds(milliseconds: limits.prefaceTimeoutMs)),
            ("Idle timeout", Output.seconds(milliseconds: limits.idleTimeoutMs)),
            ("Stalled write timeout", Output.seconds(milliseconds: limits.stalledWriteTimeoutMs)),
        ]
    }
}

/// `cyp modules`: what the host runs.
struct ModulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules",
        abstract: "List the host's modules, whether each is enabled, and their methods."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let list = try await withClient(global) { client in
            try await client.modules(options: CallOptions(timeout: .milliseconds(Int64(global.timeout * 1000))))
        }
        if global.json {
            try Output.json(list)
            return
        }
        print("CYPHub \(list.version) at \(global.server)")
        Output.table(
            columns: [.left("Module"), .left("Version"), .left("Enabled"), .left("Proto package"), .right("Methods")],
            rows: list.modules.map { [$0.id, $0.version, $0.enabled ? "yes" : "no", $0.protoPackage, String($0.methods.count)] }
        )
        for module in list.modules where module.enabled && !module.methods.isEmpty {
            print("")
            Output.table(
                title: "\(module.name) (\(module.id))",
                columns: [.left("Method"), .left("Kind"), .left("Access"), .left("Request"), .left("Response")],
                rows: module.methods.map { [$0.name, $0.kind, $0.access, $0.inputType, $0.outputType] }
            )
        }
    }
}
