import CYPHubCore
import CYPHubTesting

@testable import IndicatorsModule

/// The module on the one test harness: a host in process, called through the real protobuf-c codec, with the
/// typed client.
struct IndicatorsTestHost {
    /// The running host (its database is ``storage``).
    let host: TestHost
    /// The module's typed client over the in-process caller.
    let client: IndicatorsClient

    /// The host's database.
    var storage: Storage { host.storage }

    /// Runs `body` against a host with the indicators module, its `settings`, and the seed 002 demo when
    /// `demo` is true.
    static func withRunning<T: Sendable>(
        demo: Bool = false, settings: [String: SettingValue] = [:], _ body: (IndicatorsTestHost) async throws -> T
    ) async throws -> T {
        try await TestHost.withRunning(
            modules: [IndicatorsModule()], moduleSettings: ["indicators": settings], demoData: demo, mode: .inProcess
        ) { host in
            try await body(IndicatorsTestHost(host: host, client: IndicatorsClient(caller: try await host.caller())))
        }
    }

    /// Imports a CSV through the `Import` method.
    @discardableResult
    func load(_ dataset: IndicatorsDataset, _ csv: String, fileName: String = "test.csv") async throws -> Int {
        try await client.importCSV(dataset: dataset, fileName: fileName, csv: csv).rowsStored
    }

    /// The status and message of the error `body` throws, or `nil` if it succeeds.
    static func failure(_ body: () async throws -> Void) async -> RPCError? {
        do {
            try await body()
            return nil
        } catch {
            return RPCError(wrapping: error)
        }
    }
}
