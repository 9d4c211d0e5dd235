import CYPHubCore
import Testing

@testable import WorkforceModule

@Suite("Workforce CSV import")
struct WorkforceImporterTests {
    // MARK: Establishment

    @Test("The demo establishment parses to seed 000's 14 services")
    func establishmentGood() throws {
        let records = try WorkforceImporter.establishment(csv: WorkforceDemoData.establishment, fileName: "e.csv")
        #expect(records.count == 14)
        let first = try #require(records.first)
        #expect(first.authority == "E06000016")
        #expect(first.asAt == LocalDate(year: 2024, month: 10, day: 29))
        #expect(
            first.line
                == EstablishmentLine(
                    division: "Childrens Social Work & Early Help", service: "Divisional Director", headcount: 1))
        #expect(first.source.hasPrefix("Leicester City Council, Workload and Resources"))
        // The lines' headcounts: 641 + 623 = 1,264.
        #expect(records.reduce(0) { $0 + $1.line.headcount } == 1_264)
    }

    @Test("Optional columns may be absent; FTE is read when given; source defaults to the file")
    func establishmentMinimal() throws {
        let csv = """
            authority_code,as_at,division,service,headcount,fte
            e06000016,29/10/2024,A,One,10,8.5
            E06000016,2024-10-29,A,Two,"1,200",
            """
        let records = try WorkforceImporter.establishment(csv: csv, fileName: "min.csv")
        #expect(records.count == 2)
        #expect(records[0].authority == "E06000016")
        #expect(records[0].asAt.description == "2024-10-29")
        #expect(records[0].line.fte == 8.5)
        #expect(records[1].line.headcount == 1_200)
        #expect(records[1].line.fte == nil)
        #expect(records[1].source == "imported from min.csv")
    }

    @Test("Every bad establishment row is reported with file, line, column and reason")
    func establishmentBad() throws {
        let csv = """
            authority_code,as_at,division,service,headcount,fte
            E06000016,2024-10-29,A,One,10,
            E0600001,2024-10-29,A,Two,5,
            E06000016,2024-13-01,A,Three,5,
            E06000016,2024-10-29,A,Four,five,
            E06000016,2024-10-29,A,Five,4,4.5
            E06000016,2024-10-29,Total,,641,
            E06000016,2024-10-29,A,Six,-1,
            E06000016,2024-10-29,A,Seven,3,50%
            """
        let error = try #require(throws: ImportError.self) {
            try WorkforceImporter.establishment(csv: csv, fileName: "bad.csv")
        }
        let byLine = Dictionary(uniqueKeysWithValues: error.issues.map { ($0.line, $0) })
        #expect(error.issues.count == 7)
        #expect(error.issues.allSatisfy { $0.file == "bad.csv" })
        #expect(byLine[3]?.column == "authority_code")
        #expect(byLine[4]?.column == "as_at")
        #expect(byLine[5]?.column == "headcount")
        #expect(byLine[5]?.reason.contains("not a whole number") == true)
        #expect(byLine[6]?.column == "fte")
        #expect(byLine[6]?.reason.contains("more than the headcount") == true)
        #expect(byLine[7]?.column == "division")
        #expect(byLine[7]?.reason.contains("total row") == true)
        #expect(byLine[8]?.column == "headcount")
        #expect(byLine[9]?.column == "fte")
        #expect(byLine[2] == nil)
    }

    @Test("A duplicated division and service names the earlier line")
    func establishmentDuplicate() throws {
        let csv = """
            authority_code,as_at,division,service,headcount
            E06000016,2024-10-29,A,One,10
            E06000016,2024-10-29,B,One,10
            E06000016,2024-10-29,A,One,11
            """
        let error = try #require(throws: ImportError.self) {
            try WorkforceImporter.establishment(csv: csv, fileName: "dup.csv")
        }
        let issue = try #require(error.issues.first)
        #expect(error.issues.count == 1)
        #expect(issue.line == 4)
        #expect(issue.column == "service")
        #expect(issue.reason.contains("repeats line 2"))
    }

    @Test("Header problems are reported before any row")
    func header() throws {
        let csv = """
            authority_code,as_at,division,headcount,colour
            E06000016,2024-10-29,A,1,red
            """
        let error = try #require(throws: ImportError.self) {
            try WorkforceImporter.establishment(csv: csv, fileName: "h.csv")
        }
        #expect(error.issues.contains { $0.column == "colour" && $0.reason.contains("unknown column") })
        #expect(error.issues.contains { $0.column == "service" && $0.reason.contains("missing") })
        #expect(error.issues.allSatisfy { $0.line == 1 })
    }

    // MARK: Staff return

    @Test("The synthetic demo return parses to its three teams")
    func staffReturnGood() throws {
        let records = try WorkforceImporter.staffReturn(csv: WorkforceDemoData.staffReturn, fileName: "s.csv")
        #expect(records.map(\.teamReturn.team) == ["CIN", "CASP", "LAC"])
        let cin = try #require(records.first).teamReturn
        #expect(cin == syntheticReturns[0])
        #expect(records.allSatisfy { $0.source.hasPrefix("SYNTHETIC") })
        #expect(records.allSatisfy { $0.asAt.description == "2024-09-30" })
    }

    @Test("Staff return counts are checked against each other")
    func staffReturnBad() throws {
        let header =
            "authority_code,as_at,team,employed_fte,employed_headcount,agency_fte,agency_headcount,vacancy_fte,leaver_fte,case_holder_fte,cases"
        let csv = """
            \(header)
            E06000016,2024-09-30,Good,10,10,2,2,1,1,12,200
            E06000016,2024-09-30,FTE over headcount,10.5,10,0,0,0,0,5,50
            E06000016,2024-09-30,Agency over headcount,10,10,3,2,0,0,5,50
            E06000016,2024-09-30,Case holders over in post,10,10,2,2,0,0,12.5,50
            E06000016,2024-09-30,Cases without holders,10,10,0,0,0,0,0,50
            E06000016,2024-09-30,Holders without cases,10,10,0,0,0,0,4,0
            E06000016,2024-09-30,Negative leavers,10,10,0,0,0,-1,4,40
            E06000016,2024-09-30,All teams,10,10,0,0,0,0,4,40
            E06000016,2024-09-30,Good,1,1,0,0,0,0,1,10
            """
        let error = try #require(throws: ImportError.self) {
            try WorkforceImporter.staffReturn(csv: csv, fileName: "ret.csv")
        }
        let columns = error.issues.map { "\($0.line):\($0.column)" }
        // Row checks come first (lines 3-9); the duplicate (line 10) is found once every row is valid.
        #expect(
            columns == [
                "3:employed_fte", "4:agency_fte", "5:case_holder_fte", "6:case_holder_fte", "7:cases", "8:leaver_fte",
                "9:team",
            ])
        #expect(error.issues.allSatisfy { $0.file == "ret.csv" })
        #expect(error.issues[2].reason.contains("employed + agency = 12.0"))
    }

    @Test("A duplicated team names the earlier line")
    func staffReturnDuplicate() throws {
        let header =
            "authority_code,as_at,team,employed_fte,employed_headcount,agency_fte,agency_headcount,vacancy_fte,leaver_fte,case_holder_fte,cases"
        let csv = """
            \(header)
            E06000016,2024-09-30,CIN,10,10,2,2,1,1,12,200
            E06000016,2023-09-30,CIN,10,10,2,2,1,1,12,200
            E06000016,2024-09-30,CIN,1,1,0,0,0,0,1,10
            """
        let error = try #require(throws: ImportError.self) {
            try WorkforceImporter.staffReturn(csv: csv, fileName: "d.csv")
        }
        #expect(error.issues.map(\.line) == [4])
        #expect(error.issues.first?.reason.contains("repeats line 2") == true)
    }

    // MARK: Pay rates

    @Test("Seed 004's pay rates parse, with pound signs and separators allowed")
    func payRatesGood() throws {
        let records = try WorkforceImporter.payRates(csv: WorkforceDemoData.payRates, fileName: "p.csv")
        #expect(records.map(\.employmentType) == [.employed, .agency])
        #expect(records.map(\.monthlyCost) == [3_495, 5_440])
        let csv = """
            authority_code,as_at,employment_type,monthly_cost
            E06000016,2025-01-14,Agency,"£5,440.00"
            E06000016,2025-01-14,EMPLOYED,£3495
            """
        let formatted = try WorkforceImporter.payRates(csv: csv, fileName: "p2.csv")
        #expect(formatted.map(\.monthlyCost) == [5_440, 3_495])
        #expect(formatted.map(\.employmentType) == [.agency, .employed])
    }

    @Test("Bad pay rates are reported; each date needs both employment types")
    func payRatesBad() throws {
        let csv = """
            authority_code,as_at,employment_type,monthly_cost
            E06000016,2025-01-14,employed,3495
            E06000016,2025-01-14,contractor,5440
            E06000016,2025-01-14,agency,0
            E06000016,2025-01-14,agency,five
            """
        let error = try #require(throws: ImportError.self) {
            try WorkforceImporter.payRates(csv: csv, fileName: "p.csv")
        }
        #expect(
            error.issues.map { "\($0.line):\($0.column)" } == ["3:employment_type", "4:monthly_cost", "5:monthly_cost"])
        #expect(error.issues[0].reason.contains("not one of employed, agency"))

        let missing = """
            authority_code,as_at,employment_type,monthly_cost
            E06000016,2025-01-14,employed,3495
            E06000016,2025-01-14,agency,5440
            E06000016,2025-06-30,employed,3600
            """
        let pairError = try #require(throws: ImportError.self) {
            try WorkforceImporter.payRates(csv: missing, fileName: "m.csv")
        }
        #expect(pairError.issues.count == 1)
        #expect(pairError.issues.first?.line == 4)
        #expect(pairError.issues.first?.reason.contains("E06000016 2025-06-30 has no agency row") == true)
    }
}
