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
        subcommands: [Serve.self, CheckConfig.self, ListCompiledModules.self, PrincipalsCommand.self]
    )
}

/// `cyphub serve`.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the host until SIGTERM or SIGINT.",
        discussion: """
            Settings come from flags, then CYPHUB_ environment variables, then --config FILE (see README, \
            "Configuration"). --demo: every module enabled, embedded SQLite in ./data (or --data-dir), demo data \
            loaded once.
            """
    )

    @OptionGroup var options: HostOptions

    func run() async throws {
        let configuration: HostConfiguration
        do {
            configuration = try await ConfigLoader.load(options.sources())
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
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
        abstract: "Validate the configuration without starting: every key, module id and module setting.",
        discussion: """
            Reads the same layers as `serve` (flags, CYPHUB_ variables, --config FILE) and runs every start-up \
            check, each enabled module's settings included, against an in-memory database: nothing is created on \
            disk, not even the data directory.
            """
    )

    @OptionGroup var options: HostOptions

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        let file = options.config ?? ""
        do {
            let configuration = try await ConfigLoader.load(options.sources())
            let listing = try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
            let enabled = listing.modules.filter { $0.enabled && $0.id != "host" }
            let methods = enabled.reduce(0) { $0 + $1.methods.count }
            if json {
                let report = CheckReport(valid: true, file: file, error: "", enabledModules: enabled.map(\.id), methods: methods)
                print(try report.jsonString())
            } else {
                print("\(configuration.source): valid")
                print(
                    "listen \(configuration.listen), modules: \(enabled.map(\.id).joined(separator: ", ")) (\(methods) methods)"
                )
                print("metrics \(configuration.metricsListen.map { "on http://\($0)/metrics" } ?? "off (metrics.listen unset)")")
            }
        } catch {
            if json {
                print(try CheckReport(valid: false, file: file, error: "\(error)", enabledModules: [], methods: 0).jsonString())
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
