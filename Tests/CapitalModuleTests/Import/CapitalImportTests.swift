import Foundation
import CYPHubCore
import Testing

@testable import CapitalModule

/// Every bad file is refused with the file, line and column, and stores nothing: version 2024-01-01 (held
/// before) is intact and the refused version 2024-06-01 is absent.
@Suite("Capital import: validation and all-or-nothing")
struct CapitalImportTests {
    /// Imports `request` (version 2024-06-01) into a client holding 2024-01-01, expects it refused, checks
    /// nothing was stored and returns the issues.
    static func refused(_ request: CapitalImportRequest) async throws -> [ImportIssue] {
        return try await SmallProgramme.withClient { client in
            let error = try await #require(throws: RPCError.self) { try await client.importProgramme(request) }
            #expect(error.code == .invalidArgument)
            #expect(error.message.hasPrefix("import refused, nothing stored"))
            let issues = try importIssues(error)
            let held = try await client.versions(authority: "E10000018")
            #expect(held.versions.map(\.version) == ["2024-01-01"])
            let intact = try await client.programme(authority: "E10000018", version: "2024-01-01")
            #expect(intact.total == 15_900)
            #expect(intact.projects.count == 5)
            #expect(intact.funding.count == 4)
            return issues
        }
    }

    static func later(projects: String = SmallProgramme.projects, spend: String = SmallProgramme.spend, funding: String? = nil)
        -> CapitalImportRequest
    {
        SmallProgramme.request(version: "2024-06-01", projects: projects, spend: spend, funding: funding ?? SmallProgramme.funding)
    }

    @Test("A project whose phased spend does not add to its cost names the project, both figures and the difference")
    func spendNotAddingUp() async throws {
        let projects = SmallProgramme.projects.replacingFirst(
            "A,Primary A,additional_school_places,\"4,000\"", with: "A,Primary A,additional_school_places,\"4,100\"")
        let issues = try await Self.refused(Self.later(projects: projects))
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.file == "projects.csv")
        #expect(issue.line == 2)
        #expect(issue.column == "gross_cost")
        #expect(issue.reason.contains("project 'A' (Primary A)"))
        #expect(issue.reason.contains("gross cost 4,100"))
        // 500 before + 3,500 phased = 4,000; 100 short.
        #expect(issue.reason.contains("spent before 500 + phased spend 3,500 = 4,000"))
        #expect(issue.reason.contains("the difference is 100"))
    }

    @Test("Funding for an unknown project")
    func fundingUnknownProject() async throws {
        let funding = SmallProgramme.funding + "Developer,external_contribution,2024/25,50,Z\n"
        let issues = try await Self.refused(Self.later(funding: funding))
        #expect(issues.count == 1)
        #expect(issues.first?.file == "funding.csv")
        #expect(issues.first?.line == 10)
        #expect(issues.first?.column == "project_id")
        #expect(issues.first?.reason.contains("funding for an unknown project 'Z'") == true)
    }

    @Test("Spend for an unknown project, and spend or funding in a year outside the programme")
    func yearsOutside() async throws {
        let spend = SmallProgramme.spend + "A,2027/28,0\nQ,2024/25,5\n"
        let funding = SmallProgramme.funding + "Basic Need,grant,2023/24,100,\n"
        let issues = try await Self.refused(Self.later(spend: spend, funding: funding))
        #expect(issues.count == 3)
        #expect(issues.map(\.file) == ["spend.csv", "spend.csv", "funding.csv"])
        #expect(issues.map(\.line) == [13, 14, 10])
        #expect(issues.map(\.column) == ["year", "project_id", "year"])
        #expect(issues[0].reason.contains("2027/28 is a year outside the programme (2024/25 to 2026/27)"))
        #expect(issues[1].reason.contains("spend for an unknown project 'Q'"))
        #expect(issues[2].reason.contains("2023/24 is a year outside the programme"))
    }

    @Test("Negative amounts: refused except for reserve funding")
    func negativeAmounts() async throws {
        let funding = SmallProgramme.funding.replacingFirst("Basic Need,grant,2026/27,\"2,000\"", with: "Basic Need,grant,2026/27,-5")
        let spend = SmallProgramme.spend.replacingFirst("E,2025/26,0.5", with: "E,2025/26,(0.5)")
        let issues = try await Self.refused(Self.later(spend: spend, funding: funding))
        #expect(issues.count == 2)
        #expect(issues[0].file == "spend.csv")
        #expect(issues[0].line == 11)
        #expect(issues[0].column == "amount")
        #expect(issues[0].reason.contains("spend cannot be negative"))
        #expect(issues[1].file == "funding.csv")
        #expect(issues[1].line == 4)
        #expect(issues[1].column == "amount")
        #expect(issues[1].reason.contains("only reserve funding may be negative"))
        // Reserve −200 in 2026/27 (line 8) is accepted: it is the only issue-free negative.
        #expect(!issues.contains { $0.line == 8 })
    }

    @Test("The proto enums' default value, unspecified, is neither a phase nor a funding kind")
    func unspecifiedIsRefused() async throws {
        let projects = SmallProgramme.projects.replacingFirst("40,SP1,specialist,2025/26", with: "40,SP1,unspecified,2025/26")
        let funding = SmallProgramme.funding.replacingFirst("Council,council,", with: "Council,unspecified,")
        let issues = try await Self.refused(Self.later(projects: projects, funding: funding))
        #expect(issues.map(\.file) == ["projects.csv", "funding.csv"])
        #expect(issues.map(\.line) == [5, 9])
        #expect(issues.map(\.column) == ["phase", "kind"])
        #expect(issues[0].reason == "'unspecified' is not one of primary, secondary, specialist")
        #expect(issues[1].reason == "'unspecified' is not one of grant, external_contribution, capital_receipt, reserve, council")
    }

    @Test("Duplicate project ids and duplicate spend years name the earlier line")
    func duplicates() async throws {
        let projects = SmallProgramme.projects + "B,Primary B again,additional_school_places,0,0,,,,,\n"
        let spend = SmallProgramme.spend + "A,2024/25,\"2,000\"\n"
        let issues = try await Self.refused(Self.later(projects: projects, spend: spend))
        #expect(issues.count == 2)
        #expect(issues[0].file == "projects.csv")
        #expect(issues[0].line == 7)
        #expect(issues[0].column == "project_id")
        #expect(issues[0].reason.contains("'B' repeats line 3"))
        #expect(issues[1].file == "spend.csv")
        #expect(issues[1].line == 13)
        #expect(issues[1].column == "year")
        #expect(issues[1].reason.contains("repeats line 2"))
    }

    @Test("Places fields must come together; amounts are exact to the pound; cells are typed")
    func cells() async throws {
        let projects = """
            project_id,name,category,gross_cost,spent_before,estimated_completion,places,planning_area,phase,opening_year
            A,Primary A,additional_school_places,"4,000",500,2026-03,200,,primary,2025/26
            B,Primary B,additional_school_places,"3,000",0,Mar-27,,P02,,
            C,Secondary C,additional_school_places,"6,000",,Spring,250,S01,tertiary,2026/27
            D,Special D,send programme,"2,400.0001",0,,40,SP1,specialist,2025/26
            E,Roofs,strategic_capital_maintenance,"1,00",0,,0,,,
            """
        let issues = try await Self.refused(Self.later(projects: projects))
        let byLine = Dictionary(grouping: issues.filter { $0.file == "projects.csv" }, by: \.line)
        #expect(byLine[2]?.first?.column == "planning_area")
        #expect(byLine[2]?.first?.reason.contains("required when places is given") == true)
        #expect(byLine[3]?.first?.column == "planning_area")
        #expect(byLine[3]?.first?.reason.contains("places is empty") == true)
        #expect(byLine[4]?.first?.column == "estimated_completion")
        #expect(byLine[5]?.first?.column == "category")
        #expect(byLine[6]?.first?.column == "gross_cost")
        #expect(
            byLine[6]?.first?.reason
                == "'1,00' is not an amount in £000: thousands separators must separate groups of three digits; "
                + "write decimals with a point (12.5)")
        // Spend for the refused projects is not checked against them, and is not reported as unknown.
        #expect(!issues.contains { $0.file == "spend.csv" })
        let decimals = SmallProgramme.projects.replacingFirst("\"2,400\",0", with: "\"2,400.0001\",0")
        let tooPrecise = try await Self.refused(Self.later(projects: decimals))
        #expect(tooPrecise.first?.column == "gross_cost")
        #expect(tooPrecise.first?.reason.contains("more than 3 decimals") == true)
    }

    @Test("A header problem and an empty file are reported with the others, and store nothing")
    func headersAndEmptyFiles() async throws {
        let spend = "project_id,year,amount\n"
        let funding = "source,kind,year,amount,colour\nGrants,grant,2024/25,5,red\n"
        let issues = try await Self.refused(Self.later(spend: spend, funding: funding))
        #expect(issues.contains { $0.file == "spend.csv" && $0.line == 0 && $0.reason == "the file has a header but no rows" })
        #expect(issues.contains { $0.file == "funding.csv" && $0.line == 1 && $0.column == "colour" })
    }

    @Test("Re-importing a version is ALREADY_EXISTS unless replace is set")
    func reimport() async throws {
        try await SmallProgramme.withClient { client in
            let again = try await #require(throws: RPCError.self) { try await client.importProgramme(SmallProgramme.request()) }
            #expect(again.code == .alreadyExists)
            #expect(again.message.contains("2024-01-01"))
            #expect(again.message.contains("replace"))
            let spend = SmallProgramme.spend.replacingFirst("E,2025/26,0.5\nE,2026/27,499.5", with: "E,2026/27,500")
            let replaced = try await client.importProgramme(SmallProgramme.request(spend: spend, replace: true))
            #expect(replaced.replaced)
            #expect(replaced.files.map(\.dataset) == ["projects", "spend", "funding"])
            #expect(replaced.files.map(\.rows) == [5, 10, 8])
            #expect(replaced.summary?.total == 15_900)
            let programme = try await client.programme(authority: "E10000018")
            #expect(amounts(programme.byYear) == [5_900, 5_500, 4_500])
            #expect(try await client.versions(authority: "E10000018").versions.count == 1)
            let fresh = try await client.importProgramme(SmallProgramme.request(version: "2024-02-01", replace: true))
            #expect(fresh.replaced == false)
        }
    }

    @Test("Request fields are INVALID_ARGUMENT naming the field")
    func requestFields() async throws {
        try await withCapital { client in
            func refusal(_ change: (inout CapitalImportRequest) -> Void) async throws -> RPCError {
                var request = SmallProgramme.request()
                change(&request)
                let error = try await #require(throws: RPCError.self) { try await client.importProgramme(request) }
                #expect(error.code == .invalidArgument)
                return error
            }
            #expect(try await refusal { $0.authority = "Leicestershire" }.message.hasPrefix("authority:"))
            #expect(try await refusal { $0.version = "23/01/24x" }.message.hasPrefix("version:"))
            #expect(try await refusal { $0.label = " " }.message.hasPrefix("label:"))
            #expect(try await refusal { $0.firstYear = "2024" }.message.hasPrefix("first_year:"))
            #expect(try await refusal { $0.firstYear = "2027/28" }.message.contains("after last_year"))
            #expect(try await refusal { $0.files.remove(at: 1) }.message.contains("no spend file"))
            #expect(try await refusal { $0.files.removeFirst() }.message.contains("no projects file"))
            #expect(try await refusal { $0.files[2].dataset = "budget" }.message.hasPrefix("files[2].dataset:"))
            #expect(try await refusal { $0.files[2].dataset = "spend" }.message.contains("a second spend file"))
            let held = try await client.versions(authority: "E10000018")
            #expect(held.versions.isEmpty)
        }
    }

    @Test("Funding is optional; a category may be any slug, with its own title and group")
    func optionalAndCustom() async throws {
        try await withCapital { client in
            let projects = """
                project_id,name,category,gross_cost,category_title,group,note
                T1,Minibuses,home_to_school_transport,300,,,
                T2,Depot,home_to_school_transport,200,,,
                Y1,Youth centre,youth_capital,150,Youth Service Capital,Community,a note
                """
            let spend = "project_id,year,amount\nT1,2024/25,300\nT2,2025/26,200\nY1,2024/25,150\n"
            let response = try await client.importProgramme(
                SmallProgramme.request(projects: projects, spend: spend, funding: nil))
            #expect(response.files.map(\.rows) == [3, 3])
            let programme = try await client.programme(authority: "E10000018")
            #expect(programme.categories.map(\.title) == ["Home To School Transport", "Youth Service Capital"])
            #expect(programme.groups.map(\.title) == ["Other Capital", "Community"])
            #expect(programme.balance?.gap == 650)
            #expect(programme.projects.last?.note == "a note")
            let conflicting = projects + "\nT3,Buses,home_to_school_transport,0,Transport,,\n"
            let error = try await #require(throws: RPCError.self) {
                try await client.importProgramme(
                    SmallProgramme.request(version: "2024-02-02", projects: conflicting, spend: spend, funding: nil))
            }
            let issue = try #require(try importIssues(error).first)
            #expect(issue.line == 5)
            #expect(issue.column == "category_title")
        }
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
