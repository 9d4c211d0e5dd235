import CYPHubCore
import CYPHubTesting
import Foundation

@testable import CapitalModule

/// Runs `body` with a client of a capital module on an in-process test host: every call goes through the real
/// protobuf-c codec and the host's dispatch table. With `demoData` the host loads the demo versions first
/// (``CapitalModule/loadDemoData(context:)``, through the module's importer).
func withCapital<T: Sendable>(
    settings: [String: SettingValue] = [:],
    demoData: Bool = false,
    _ body: (CapitalClient) async throws -> T
) async throws -> T {
    try await TestHost.withRunning(
        modules: [CapitalModule()], moduleSettings: ["capital": settings], demoData: demoData, mode: .inProcess
    ) { host in
        try await body(CapitalClient(caller: try await host.caller()))
    }
}

/// The error a host with the capital module and `settings` refuses to start with, or `nil` when it starts.
func startUpError(settings: [String: SettingValue]) async -> (any Error)? {
    // A directory of our own: a host that fails to start leaves the one it was given behind.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-capital-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
        try await TestHost.withRunning(
            modules: [CapitalModule()], moduleSettings: ["capital": settings], dataDirectory: directory, mode: .inProcess
        ) { _ in }
        return nil
    } catch {
        return error
    }
}

/// A small programme worked by hand in the tests (£000, 2024/25 to 2026/27).
///
/// | project | gross | before | 2024/25 | 2025/26 | 2026/27 | places |
/// | A primary P01 | 4,000 | 500 | 2,000 | 1,500 | 0 | 200 (2025/26) |
/// | B primary P02 | 3,000 | 0 | 0 | 1,000 | 2,000 | 100 (2026/27) |
/// | C secondary S01 | 6,000 | 0 | 1,000 | 3,000 | 2,000 | 250 (2026/27) |
/// | D specialist SP1 | 2,400 | 0 | 2,400 | 0 | 0 | 40 (2025/26) |
/// | E maintenance | 1,000 | 0 | 500 | 0.5 | 499.5 | — |
enum SmallProgramme {
    static let authority = "E10000018"
    static let version = "2024-01-01"

    static let projects = """
        project_id,name,category,gross_cost,spent_before,estimated_completion,places,planning_area,phase,opening_year
        A,Primary A,additional_school_places,"4,000",500,2026-03,200,P01,primary,2025/26
        B,Primary B,additional_school_places,"3,000",0,Mar-27,100,P02,primary,2026/27
        C,Secondary C,additional_school_places,"6,000",,,250,S01,secondary,2026/27
        D,Special D,send_programme,"2,400",0,,40,SP1,specialist,2025/26
        E,Roofs,strategic_capital_maintenance,"1,000",0,,,,,

        """

    static let spend = """
        project_id,year,amount
        A,2024/25,"2,000"
        A,2025/26,"1,500"
        B,2025/26,"1,000"
        B,2026/27,"2,000"
        C,2024/25,"1,000"
        C,2025/26,"3,000"
        C,2026/27,"2,000"
        D,2024/25,"2,400"
        E,2024/25,500
        E,2025/26,0.5
        E,2026/27,499.5

        """

    /// Falls short of spend: gaps 600 / 1,000.5 / 2,699.5 = 4,300.
    static let funding = """
        source,kind,year,amount,project_id
        Basic Need,grant,2024/25,"3,000",
        Basic Need,grant,2025/26,"3,000",
        Basic Need,grant,2026/27,"2,000",
        S106,external_contribution,2024/25,"1,000",C
        S106,external_contribution,2025/26,"1,500",C
        Reserve,reserve,2024/25,"1,200",
        Reserve,reserve,2026/27,-200,
        Council,council,2024/25,100,

        """

    /// The import request for these files (or others), with file names `projects.csv`, `spend.csv`, `funding.csv`.
    static func request(
        version: String = version,
        projects: String = projects,
        spend: String? = spend,
        funding: String? = funding,
        replace: Bool = false,
        lastYear: String = "2026/27"
    ) -> CapitalImportRequest {
        var files = [CapitalImportFile(dataset: "projects", fileName: "projects.csv", csv: projects)]
        if let spend { files.append(CapitalImportFile(dataset: "spend", fileName: "spend.csv", csv: spend)) }
        if let funding { files.append(CapitalImportFile(dataset: "funding", fileName: "funding.csv", csv: funding)) }
        return CapitalImportRequest(
            authority: authority, version: version, label: "Test programme \(version)", firstYear: "2024/25",
            lastYear: lastYear, replace: replace, files: files
        )
    }

    /// Runs `body` with a client whose host holds this programme as version 2024-01-01.
    static func withClient<T: Sendable>(
        settings: [String: SettingValue] = [:],
        _ body: (CapitalClient) async throws -> T
    ) async throws -> T {
        try await withCapital(settings: settings) { client in
            _ = try await client.importProgramme(request())
            return try await body(client)
        }
    }
}

/// Amounts of a list of year amounts, in order.
func amounts(_ list: [YearAmount]) -> [Double] { list.map(\.amount) }

/// The issues of an import refused over the wire, read back from the error: its message lists them one a line as
/// `file:line: column X: reason` (`file: reason` for the whole file) after a heading, and metadata
/// `cyphub-import-issues` counts them. (An in-process error's `cause` does not cross the codec.)
func importIssues(_ error: RPCError) throws -> [ImportIssue] {
    let issues = error.message.split(separator: "\n").dropFirst().map { text in
        let split = text.range(of: ": ").map { (text[..<$0.lowerBound], text[$0.upperBound...]) } ?? (text, "")
        var (file, line) = (String(split.0), 0)
        if let colon = split.0.lastIndex(of: ":"), let number = Int(split.0[split.0.index(after: colon)...]) {
            (file, line) = (String(split.0[..<colon]), number)
        }
        guard split.1.hasPrefix("column "), let end = split.1.range(of: ": ") else {
            return ImportIssue(file: file, line: line, column: "", reason: String(split.1))
        }
        let column = split.1[split.1.index(split.1.startIndex, offsetBy: 7)..<end.lowerBound]
        return ImportIssue(file: file, line: line, column: String(column), reason: String(split.1[end.upperBound...]))
    }
    guard error.metadata["cyphub-import-issues"] == String(issues.count) else {
        throw RPCError(code: .internalError, message: "\(issues.count) issues read, metadata says \(error.metadata)")
    }
    return issues
}
