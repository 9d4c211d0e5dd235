import CYPHubCore

/// Imports one CSV file into one dataset, all or nothing.
///
/// Inside one write transaction every record is checked (format, ranges, cross-row duplicates, and
/// agreement with what is already stored, e.g. that an observation's indicator exists and its period has
/// the indicator's frequency). If any check fails, one ``ImportError`` lists every issue (file, line,
/// column, reason) in line order and the transaction stores nothing. Otherwise the rows are written,
/// replacing rows with the same key. The templates are documented in `docs/modules/indicators.md`.
struct IndicatorsImporter: Sendable {
    /// The database.
    let storage: Storage

    /// Imports `csv` into `dataset`; returns the number of rows stored.
    func importCSV(_ csv: String, dataset: IndicatorsDataset, fileName: String) async throws -> Int {
        switch dataset {
        case .unspecified:
            throw RPCError.invalidArgument(
                "dataset: choose one of authorities, definitions, observations, neighbours, comparators")
        case .authorities: return try await importAuthorities(csv, fileName: fileName)
        case .definitions: return try await importDefinitions(csv, fileName: fileName)
        case .observations: return try await importObservations(csv, fileName: fileName)
        case .neighbours: return try await importNeighbours(csv, fileName: fileName)
        case .comparators: return try await importComparators(csv, fileName: fileName)
        }
    }

    /// Converts every record, collecting one issue per failing record instead of stopping at the first, so
    /// that format problems and cross-row or stored-data problems are all reported together.
    static func convert<T>(
        _ table: CSVTable, _ transform: (CSVRecord) throws(ImportIssue) -> T
    ) -> (values: [T], issues: [ImportIssue]) {
        var values: [T] = []
        var issues: [ImportIssue] = []
        for record in table.records {
            do throws(ImportIssue) {
                values.append(try transform(record))
            } catch {
                issues.append(error)
            }
        }
        return (values, issues)
    }

    /// Throws the issues collected, if any.
    static func check(_ issues: [ImportIssue]) throws(ImportError) {
        guard !issues.isEmpty else { return }
        let inLineOrder = issues.enumerated().sorted {
            ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
        }
        throw ImportError(issues: inLineOrder.map(\.element))
    }

    /// Reports every record whose key repeats an earlier record's.
    static func duplicates<Key: Hashable>(
        _ items: [(CSVRecord, Key)], column: String, describe: (Key) -> String
    ) -> [ImportIssue] {
        var firstLine: [Key: Int] = [:]
        var issues: [ImportIssue] = []
        for (record, key) in items {
            if let line = firstLine[key] {
                issues.append(record.issue(column, "\(describe(key)) already appears on line \(line)"))
            } else {
                firstLine[key] = record.line
            }
        }
        return issues
    }
}
