import CYPHubCore
import CYPHubHost
import CYPHubTesting
import Foundation
import Testing

/// `metrics.listen`: off unless set; a file key, `CYPHUB_METRICS_LISTEN` and `--metrics-listen`; checked by
/// `cyphub check-config` without binding.
@Suite struct MetricsConfigTests {
    func file(metrics: String? = nil) throws -> String {
        let section = metrics.map { #", "metrics": \#($0)"# } ?? ""
        return try ConfigFile.write(
            #"{"listen": "127.0.0.1:7420", "dataDirectory": "d", "modules": {"enabled": []}\#(section)}"#)
    }

    func load(_ file: String, environment: [String: String] = [:], arguments: [String] = []) async throws -> HostConfiguration {
        try await ConfigLoader.load(ConfigSources(file: file, environment: environment, arguments: arguments))
    }

    @Test func offUnlessSet() async throws {
        #expect(try await load(try file()).metricsListen == nil)
        #expect(try await load(try file(metrics: #"{"listen": ""}"#)).metricsListen == nil)
        #expect(HostConfiguration().metricsListen == nil)
    }

    @Test func setInTheFileTheEnvironmentOrAFlag() async throws {
        let file = try file(metrics: #"{"listen": "127.0.0.1:9464"}"#)
        #expect(try await load(file).metricsListen == ListenAddress(host: "127.0.0.1", port: 9464))
        let environment = ["CYPHUB_METRICS_LISTEN": "[::1]:9465"]
        #expect(try await load(file, environment: environment).metricsListen == ListenAddress(host: "::1", port: 9465))
        let flagged = try await load(file, environment: environment, arguments: ["--metrics-listen", "0.0.0.0:9466"])
        #expect(flagged.metricsListen == ListenAddress(host: "0.0.0.0", port: 9466))
        // An empty value turns the file's setting off.
        #expect(try await load(file, environment: ["CYPHUB_METRICS_LISTEN": ""]).metricsListen == nil)
    }

    @Test func badValuesNameTheKeyAndWhereTheyWereSet() async throws {
        let bad = try file(metrics: #"{"listen": "nope"}"#)
        await #expect(throws: ConfigError(file: bad, key: "metrics.listen", reason: "'nope' is not HOST:PORT (e.g. 127.0.0.1:9464)")) {
            try await load(bad)
        }
        let plain = try file()
        await #expect(
            throws: ConfigError(
                file: "environment", key: "metrics.listen", reason: "'127.0.0.1:70000' is not HOST:PORT (e.g. 127.0.0.1:9464)",
                name: "CYPHUB_METRICS_LISTEN")
        ) {
            try await load(plain, environment: ["CYPHUB_METRICS_LISTEN": "127.0.0.1:70000"])
        }
        await #expect(
            throws: ConfigError(
                file: "command line", key: "metrics.listen",
                reason: "'0.0.0.0:7420' takes the port of listen (127.0.0.1:7420); metrics need a port of their own",
                name: "--metrics-listen")
        ) {
            try await load(plain, arguments: ["--metrics-listen", "0.0.0.0:7420"])
        }
        let number = try file(metrics: #"{"listen": 9464}"#)
        await #expect(throws: ConfigError(file: number, key: "metrics.listen", reason: "expected a string, found a number")) {
            try await load(number)
        }
        let unknown = try file(metrics: #"{"port": 9464}"#)
        let error = try await #require(throws: ConfigError.self) { try await load(unknown) }
        #expect(error.key == "metrics.port")
        #expect(error.reason.contains("unknown key"))
    }

    @Test func checkConfigValidatesItWithoutBinding() async throws {
        let file = try file()
        var result = try await CYPProcess.run(["check-config", "--config", file, "--metrics-listen", "nope"], executable: "cyphub")
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("command line: metrics.listen (--metrics-listen): 'nope' is not HOST:PORT"), "\(result.stderr)")
        result = try await CYPProcess.run(
            ["check-config", "--config", file], executable: "cyphub", environment: ["CYPHUB_METRICS_LISTEN": "localhost"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("environment: metrics.listen (CYPHUB_METRICS_LISTEN): 'localhost' is not HOST:PORT"))
        let off = try await CYPProcess.run(["check-config", "--config", file], executable: "cyphub")
        #expect(off.status == 0, "\(off.stderr)")
        #expect(off.stdout.contains("metrics off (metrics.listen unset)"), "\(off.stdout)")
        // A port already taken (by a running host's metrics endpoint) passes: the check binds nothing.
        try await MetricsHost.withRunning(modules: [TestingModule()]) { host in
            let taken = try await CYPProcess.run(
                ["check-config", "--config", file, "--metrics-listen", "127.0.0.1:\(host.metricsPort)"], executable: "cyphub")
            #expect(taken.status == 0, "\(taken.stderr)")
            #expect(taken.stdout.contains("metrics on http://127.0.0.1:\(host.metricsPort)/metrics"), "\(taken.stdout)")
        }
    }
}
