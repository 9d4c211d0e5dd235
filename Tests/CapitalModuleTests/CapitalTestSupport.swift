import CYPHubCore

@testable import CapitalModule

/// A capital module over a fresh in-memory database, with a typed client.
func makeClient(settings: [String: SettingValue] = [:]) throws -> CapitalClient {
    let caller = try InProcessCaller.forModule(CapitalModule(), storage: .inMemory(), settings: settings)
    return CapitalClient(caller: caller)
}

/// A client whose database holds the demo versions, imported through the Import method.
func makeDemoClient(settings: [String: SettingValue] = [:]) async throws -> CapitalClient {
    let client = try makeClient(settings: settings)
    for request in CapitalDemoData.requests {
        _ = try await client.importProgramme(request)
    }
    return client
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

    /// A client holding this programme as version 2024-01-01.
    static func client(settings: [String: SettingValue] = [:]) async throws -> CapitalClient {
        let client = try makeClient(settings: settings)
        _ = try await client.importProgramme(request())
        return client
    }
}

/// Amounts of a list of year amounts, in order.
func amounts(_ list: [YearAmount]) -> [Double] { list.map(\.amount) }

/// The years of a list, as text.
func years(_ list: [YearAmount]) -> [String] { list.map(\.year.description) }
