public import CYPHubCore

/// Imports the SEND module's CSV files: parses every record (collecting every issue), checks rows
/// against each other and against what is stored, and stores the whole file in one transaction, or
/// nothing.
public struct SENDImporter: Sendable {
    /// The database the rows go to.
    public let storage: Storage

    /// Creates an importer over `storage` (which must have the module's migrations applied).
    public init(storage: Storage) {
        self.storage = storage
    }

    /// Imports `text` into `dataset`; returns the number of data rows stored.
    ///
    /// Throws ``ImportError`` (every issue, each naming file, line, column and reason) when anything in
    /// the file is wrong; nothing is stored then.
    public func importCSV(_ dataset: SENDDataset, fileName: String, text: String) async throws -> Int {
        let table = try CSVTable.parse(
            text, fileName: fileName, requiredColumns: dataset.requiredColumns,
            optionalColumns: dataset.optionalColumns
        )
        switch dataset {
        case .caseload: return try await storeCaseload(try Self.parseCaseload(table))
        case .newPlans: return try await storeNewPlans(try Self.parseNewPlans(table))
        case .ehcpAssessments: return try await storeAssessments(try Self.parseAssessments(table))
        case .annualReviews: return try await storeReviews(try Self.parseReviews(table))
        case .amendments: return try await storeAmendments(try Self.parseAmendments(table))
        case .phaseTransfers: return try await storeTransfers(try Self.parseTransfers(table))
        case .highNeedsPlans: return try await storePlans(try Self.parsePlans(table))
        case .highNeedsLines: return try await storeLines(try Self.parseLines(table))
        case .highNeedsSavingsDetail: return try await storeDetails(try Self.parseDetails(table))
        }
    }
}
