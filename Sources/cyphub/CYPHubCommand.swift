import ArgumentParser
import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubWire
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// `cyphub`: the CYPHub host and its admin commands.
@main
struct CYPHubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyphub",
        abstract: "The CYPHub host: children's services figures over a binary protocol.",
        version: HubHost.version,
        subcommands: [Serve.self, CheckConfig.self, ListCompiledModules.self]
    )
}

/// `cyphub serve`.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the host until SIGTERM or SIGINT.",
        discussion: """
            Either --config FILE (see README, "Configuration"), or --demo: every module enabled, \
            embedded SQLite in --data-dir (created if missing), demo data loaded once.
            """
    )

    @Option(help: "The JSON config file.")
    var config: String?

    @Flag(help: "Enable every module and load demo data once (no config file needed).")
    var demo = false

    @Option(help: "HOST:PORT to listen on (overrides the config's `listen`).")
    var listen: String?

    @Option(name: .customLong("data-dir"), help: "The data directory (overrides the config's `dataDirectory`).")
    var dataDir: String?

    @Option(help: "trace, debug, info, notice, warning, error or critical (overrides the config's `logLevel`).")
    var logLevel: String?

    func validate() throws {
        if config == nil && !demo { throw ValidationError("give --config FILE, or --demo") }
    }

    func run() async throws {
        var configuration = try HostConfigurationBuilder.build(
            config: config, demo: demo, listen: listen, dataDir: dataDir, logLevel: logLevel)
        if demo { configuration.loadDemoData = true }
        let level = configuration.logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "cyphub")
        let host: HubHost
        do {
            host = try await HubHost.make(configuration: configuration, modules: BuiltInModules.all, logger: logger)
        } catch {
            logger.critical("cannot start: \(error)")
            throw ExitCode(2)
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: host.services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await group.run()
    }
}

/// `cyphub check-config`.
struct CheckConfig: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a config file without starting: every key, module id and module setting."
    )

    @Option(help: "The JSON config file.")
    var config: String

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        do {
            var configuration = try ConfigLoader.load(path: config)
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-check-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            configuration.dataDirectory = scratch
            configuration.loadDemoData = false
            let host = try await HubHost.make(
                configuration: configuration, modules: BuiltInModules.all, logger: Logger(label: "cyphub.check"))
            let enabled = host.listing.modules.filter { $0.enabled && $0.id != "host" }
            let methods = enabled.reduce(0) { $0 + $1.methods.count }
            if json {
                let report = CheckReport(valid: true, file: config, error: "", enabledModules: enabled.map(\.id), methods: methods)
                print(try report.jsonString())
            } else {
                print("\(config): valid")
                print(
                    "listen \(configuration.listen), modules: \(enabled.map(\.id).joined(separator: ", ")) (\(methods) methods)"
                )
            }
        } catch {
            if json {
                print(try CheckReport(valid: false, file: config, error: "\(error)", enabledModules: [], methods: 0).jsonString())
            } else {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
            throw ExitCode(2)
        }
    }

    struct CheckReport: Codable {
        var valid: Bool
        var file: String
        var error: String
        var enabledModules: [String]
        var methods: Int

        func jsonString() throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        }
    }
}

/// `cyphub modules`.
struct ListCompiledModules: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules",
        abstract: "List the domain modules compiled into this binary (enable them in config)."
    )

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        let modules = BuiltInModules.all.map(\.descriptor)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(modules), as: UTF8.self))
            return
        }
        let width = max(2, modules.map(\.id.count).max() ?? 0)
        print("ID".padding(toLength: width, withPad: " ", startingAt: 0) + "  VERSION  PROTO PACKAGE            NAME")
        for module in modules {
            print(
                module.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + module.version.padding(toLength: 7, withPad: " ", startingAt: 0) + "  "
                    + module.protoPackage.padding(toLength: 23, withPad: " ", startingAt: 0) + "  " + module.name)
        }
    }
}

/// Combines a config file (or `--demo`) with command-line overrides.
enum HostConfigurationBuilder {
    static func build(config: String?, demo: Bool, listen: String?, dataDir: String?, logLevel: String?) throws -> HostConfiguration {
        var configuration: HostConfiguration
        if let config {
            configuration = try ConfigLoader.load(path: config)
        } else {
            configuration = HostConfiguration(dataDirectory: "./data", source: "--demo")
        }
        if demo {
            configuration.enabledModules = BuiltInModules.ids
            configuration.loadDemoData = true
        }
        if let listen {
            guard let address = ListenAddress(parsing: listen) else {
                throw ValidationError("--listen: '\(listen)' is not HOST:PORT (e.g. 127.0.0.1:7420)")
            }
            configuration.listen = address
        }
        if let dataDir { configuration.dataDirectory = dataDir }
        if let logLevel {
            guard let level = Logger.Level(rawValue: logLevel) else {
                throw ValidationError(
                    "--log-level: '\(logLevel)' is not one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            configuration.logLevel = level
        }
        return configuration
    }
}
