import CYPHubCore

@testable import IndicatorsModule

/// An in-memory database with the module's methods, optionally with the demo loaded.
struct TestHost {
    let storage: Storage
    let client: IndicatorsClient

    init(demo: Bool = false, settings: [String: SettingValue] = [:]) async throws {
        storage = try Storage.inMemory()
        let caller = try InProcessCaller.forModule(IndicatorsModule(), storage: storage, settings: settings)
        client = IndicatorsClient(caller: caller)
        if demo { _ = try await IndicatorsDemoData.load(into: storage) }
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
