import CYPHubCore
import CYPHubTesting
import Testing

@testable import WorkforceModule

/// The four methods, called through the real protobuf-c codec on an in-process host.
@Suite("Workforce methods")
struct WorkforceHandlersTests {
    // MARK: GetEstablishment

    @Test("GetEstablishment computes seed 000's division totals and the grand total")
    func establishment() async throws {
        try await withWorkforce(demoData: true) { client in
            let response = try await client.establishment(authority: "E06000016")
            #expect(response.authority == "E06000016")
            #expect(response.asAt == "2024-10-29")
            #expect(response.source.contains("para 4.3"))
            try #require(response.divisions.count == 2)
            // 1 + 37 + 6 + 149 + 250 + 86 + 112 = 641
            #expect(response.divisions[0].name == "Childrens Social Work & Early Help")
            #expect(response.divisions[0].headcount == 641)
            #expect(response.divisions[0].services.map(\.headcount) == [1, 37, 6, 149, 250, 86, 112])
            // 1 + 8 + 148 + 163 + 111 + 75 + 117 = 623
            #expect(response.divisions[1].name == "SEND and Education")
            #expect(response.divisions[1].headcount == 623)
            #expect(response.divisions[1].services.first?.service == "Divisional Director")
            // 641 + 623 = 1,264
            #expect(response.headcount == 1_264)
            // The seed gives no FTE.
            #expect(response.fte == FteSum(known: 0, linesWithFte: 0, linesWithoutFte: 14, complete: false))
            #expect(response.divisions[0].services.allSatisfy { !$0.hasFte })
            #expect(response.availableDates == ["2024-10-29"])
        }
    }

    @Test("GetEstablishment picks a date, and reports FTE totals when the file gives FTE")
    func establishmentDates() async throws {
        try await withWorkforce(demoData: true) { client in
            let csv = """
                authority_code,as_at,division,service,headcount,fte
                E06000016,2025-03-31,A,One,10,8.5
                E06000016,2025-03-31,A,Two,5,4.5
                E06000016,2025-03-31,B,Three,2,2
                """
            _ = try await client.importFile(dataset: .establishment, fileName: "fte.csv", csv: csv)
            let latest = try await client.establishment(authority: "E06000016")
            #expect(latest.asAt == "2025-03-31")
            #expect(latest.availableDates == ["2025-03-31", "2024-10-29"])
            // A: 8.5 + 4.5 = 13.0 FTE, complete; grand total 13.0 + 2.0 = 15.0 FTE; headcount 17.
            #expect(latest.divisions[0].fte == FteSum(known: 13, linesWithFte: 2, linesWithoutFte: 0, complete: true))
            #expect(latest.fte == FteSum(known: 15, linesWithFte: 3, linesWithoutFte: 0, complete: true))
            #expect(latest.headcount == 17)
            #expect(latest.source == "imported from fte.csv")
            let earlier = try await client.establishment(authority: "E06000016", asAt: "2024-10-29")
            #expect(earlier.headcount == 1_264)
        }
    }

    @Test("GetEstablishment: unknown authority, bad code, missing date")
    func establishmentErrors() async throws {
        try await withWorkforce(demoData: true) { client in
            let notHeld = try await #require(throws: RPCError.self) {
                try await client.establishment(authority: "E10000018")
            }
            #expect(notHeld.code == .notFound)
            #expect(notHeld.message.contains("E10000018"))
            let badCode = try await #require(throws: RPCError.self) {
                try await client.establishment(authority: "Leicester")
            }
            #expect(badCode.code == .invalidArgument)
            let badDate = try await #require(throws: RPCError.self) {
                try await client.establishment(authority: "E06000016", asAt: "2024-02-30")
            }
            #expect(badDate.code == .invalidArgument)
            #expect(badDate.message.contains("as_at"))
            let noSuchDate = try await #require(throws: RPCError.self) {
                try await client.establishment(authority: "E06000016", asAt: "2024-03-31")
            }
            #expect(noSuchDate.code == .notFound)
            #expect(noSuchDate.message.contains("held: 2024-10-29"))
        }
    }

    // MARK: GetWorkforceSummary

    @Test("GetWorkforceSummary computes the DfE rates of the synthetic return")
    func summary() async throws {
        try await withWorkforce(demoData: true) { client in
            let response = try await client.summary(authority: "e06000016")
            #expect(response.authority == "E06000016")
            #expect(response.asAt == "2024-09-30")
            #expect(response.source.hasPrefix("SYNTHETIC"))
            #expect(response.teams.map(\.team) == ["CIN", "CASP", "LAC"])
            let total = try #require(response.total)
            #expect(total.team == "All teams")
            // In post 40 + 27 + 30 = 97 FTE; agency 10 + 6 + 7 = 23; vacancies 8 + 6 + 6 = 20; leavers 7 + 4 + 5 = 16.
            #expect(total.employedFte == 97)
            #expect(total.agencyFte == 23)
            #expect(total.employedHeadcount == 103)
            #expect(total.agencyHeadcount == 23)
            // Turnover 16 / 97 = 16.49%
            let turnover = try #require(total.turnover)
            #expect(abs(turnover.percent - 16.494_845) < 0.000_01)
            #expect(turnover.numerator == 16 && turnover.denominator == 97)
            // Agency 23 / 120 = 19.17%
            let agency = try #require(total.agency)
            #expect(abs(agency.percent - 19.166_667) < 0.000_01)
            #expect(agency.denominator == 120)
            // Vacancy 20 / 117 = 17.09%
            #expect(abs(try #require(total.vacancy).percent - 17.094_017) < 0.000_01)
            // Caseload 1,768 / 105 = 16.84
            let caseload = try #require(total.caseload)
            #expect(caseload.cases == 1_768)
            #expect(caseload.caseHolderFte == 105)
            #expect(abs(caseload.average - 16.838_095) < 0.000_01)
            // CIN alone: agency 10 / 50 = 20.0%, caseload 792 / 44 = 18.0, turnover 7 / 40 = 17.5%.
            let cin = try #require(response.teams.first)
            #expect(cin.agency?.percent == 20)
            #expect(cin.caseload?.average == 18)
            #expect(cin.turnover?.percent == 17.5)
            #expect(response.availableDates == ["2024-09-30"])
        }
    }

    @Test("A team with nobody in post has undefined rates, not zero")
    func summaryUndefined() async throws {
        try await withWorkforce { client in
            let csv = """
                authority_code,as_at,team,employed_fte,employed_headcount,agency_fte,agency_headcount,vacancy_fte,leaver_fte,case_holder_fte,cases
                E06000016,2024-09-30,New team,0,0,0,0,0,0,0,0
                """
            _ = try await client.importFile(dataset: .staffReturn, fileName: "new.csv", csv: csv)
            let team = try #require(try await client.summary(authority: "E06000016").teams.first)
            // The rates are present, saying they are undefined.
            #expect(team.turnover?.hasPercent == false)
            #expect(team.agency?.hasPercent == false)
            #expect(team.vacancy?.hasPercent == false)
            #expect(team.caseload?.hasAverage == false)
        }
    }

    @Test("GetWorkforceSummary with nothing held is NOT_FOUND naming the dataset")
    func summaryNotFound() async throws {
        try await withWorkforce { client in
            let error = try await #require(throws: RPCError.self) {
                try await client.summary(authority: "E06000016")
            }
            #expect(error.code == .notFound)
            #expect(error.message.contains("staff_return"))
        }
    }

    // MARK: GetAgencyCost

    @Test("GetAgencyCost reproduces seed 004 and costs the return's 23 agency FTE")
    func agencyCost() async throws {
        try await withWorkforce(demoData: true) { client in
            let response = try await client.agencyCost(authority: "E06000016")
            #expect(response.payAsAt == "2025-01-14")
            #expect(response.paySource.contains("14 Jan 2025"))
            #expect(response.employedMonthly == 3_495)
            #expect(response.agencyMonthly == 5_440)
            // 5,440 - 3,495 = 1,945 a month; 1,945 / 3,495 = 55.65%
            #expect(response.monthlyPremium == 1_945)
            #expect(response.hasPremiumPercent)
            #expect(abs(response.premiumPercent - 55.650_93) < 0.000_01)
            #expect(FigureFormat.percent(response.premiumPercent) == "55.7%")
            // 12 x 1,945 = 23,340; 12 x 5,440 = 65,280; 12 x 3,495 = 41,940
            #expect(response.annualPremiumPerFte == 23_340)
            #expect(response.agencyAnnual == 65_280)
            #expect(response.employedAnnual == 41_940)
            // 23 agency FTE from the return: 23 x 65,280 = 1,501,440; 23 x 41,940 = 964,620; 23 x 23,340 = 536,820
            #expect(response.agencyFteBasis == "staff return")
            #expect(response.returnAsAt == "2024-09-30")
            #expect(response.agencyFte == 23)
            #expect(response.agencyAnnualCost == 1_501_440)
            #expect(response.employedEquivalentAnnualCost == 964_620)
            #expect(response.annualPremium == 536_820)
            let rate = try #require(response.agencyRate)
            #expect(abs(rate.percent - 19.166_667) < 0.000_01)
        }
    }

    @Test("GetAgencyCost costs a requested agency FTE")
    func agencyCostRequested() async throws {
        try await withWorkforce(demoData: true) { client in
            let response = try await client.agencyCost(authority: "E06000016", agencyFTE: 10)
            // 10 x 23,340 = 233,400
            #expect(response.agencyFteBasis == "request")
            #expect(response.agencyFte == 10)
            #expect(response.annualPremium == 233_400)
            #expect(response.agencyRate == nil)
            #expect(response.returnAsAt == "")
            let invalid = try await #require(throws: RPCError.self) {
                try await client.agencyCost(authority: "E06000016", agencyFTE: -1)
            }
            #expect(invalid.code == .invalidArgument)
        }
    }

    @Test("GetAgencyCost uses the newest pay rates on or before as_at")
    func agencyCostDates() async throws {
        try await withWorkforce(demoData: true) { client in
            let csv = """
                authority_code,as_at,employment_type,monthly_cost
                E06000016,2023-12-31,employed,3300
                E06000016,2023-12-31,agency,5000
                """
            _ = try await client.importFile(dataset: .payRates, fileName: "old.csv", csv: csv)
            let old = try await client.agencyCost(authority: "E06000016", asAt: "2024-09-30")
            // The 2025-01-14 rates are after 2024-09-30, so the 2023-12-31 rates apply: 5,000 - 3,300 = 1,700.
            #expect(old.payAsAt == "2023-12-31")
            #expect(old.monthlyPremium == 1_700)
            #expect(old.returnAsAt == "2024-09-30")
            // 23 x 1,700 x 12 = 469,200
            #expect(old.annualPremium == 469_200)
            let latest = try await client.agencyCost(authority: "E06000016")
            #expect(latest.payAsAt == "2025-01-14")
            let tooEarly = try await #require(throws: RPCError.self) {
                try await client.agencyCost(authority: "E06000016", asAt: "2023-01-01")
            }
            #expect(tooEarly.code == .notFound)
            #expect(tooEarly.message.contains("on or before 2023-01-01"))
        }
    }

    // MARK: Import

    @Test("Import reports rows and periods; re-importing a period replaces it")
    func importReplaces() async throws {
        try await withWorkforce { client in
            let first = try await client.importFile(
                dataset: .establishment, fileName: "e.csv", csv: WorkforceDemoData.establishment
            )
            #expect(first.rows == 14)
            #expect(first.replaced == 0)
            #expect(first.periods == ["E06000016 2024-10-29"])
            let csv = """
                authority_code,as_at,division,service,headcount
                E06000016,2024-10-29,A,One,10
                """
            let second = try await client.importFile(dataset: .establishment, fileName: "e2.csv", csv: csv)
            #expect(second.rows == 1)
            #expect(second.replaced == 14)
            let response = try await client.establishment(authority: "E06000016")
            #expect(response.headcount == 10)
            #expect(response.divisions.map(\.name) == ["A"])
        }
    }

    @Test("A bad file stores nothing and the error names file, line, column and reason")
    func importAllOrNothing() async throws {
        try await withWorkforce(demoData: true) { client in
            let csv = """
                authority_code,as_at,division,service,headcount
                E06000016,2024-10-29,A,One,10
                E06000016,2024-10-29,A,Two,lots
                """
            let error = try await #require(throws: RPCError.self) {
                try await client.importFile(dataset: .establishment, fileName: "half.csv", csv: csv)
            }
            #expect(error.code == .invalidArgument)
            #expect(error.message.contains("half.csv:3: column headcount: 'lots' is not a whole number"))
            #expect(error.metadata["cyphub-import-line"] == "3")
            // The demo establishment is untouched: line 2 was valid but was not stored.
            let response = try await client.establishment(authority: "E06000016")
            #expect(response.headcount == 1_264)
        }
    }

    @Test("Numbers with bad thousands separators are refused naming file, line and column; nothing is stored")
    func importBadGroupings() async throws {
        try await withWorkforce(demoData: true) { client in
            // Every comma used to be deleted: `5,4400` was £54,400 a month and the FTE `12,5` was 125.
            let payRates = """
                authority_code,as_at,employment_type,monthly_cost
                E06000016,2025-03-31,employed,"£3,600.00"
                E06000016,2025-03-31,agency,"£5,4400"
                """
            let payError = try await #require(throws: RPCError.self) {
                try await client.importFile(dataset: .payRates, fileName: "pay.csv", csv: payRates)
            }
            #expect(payError.code == .invalidArgument)
            #expect(
                payError.message.contains(
                    "pay.csv:3: column monthly_cost: '£5,4400' is not an amount in pounds: thousands separators must "
                        + "separate groups of three digits; write decimals with a point (12.5)"))
            #expect(payError.metadata["cyphub-import-line"] == "3")
            #expect(payError.metadata["cyphub-import-column"] == "monthly_cost")

            let staffReturn = """
                authority_code,as_at,team,employed_fte,employed_headcount,agency_fte,agency_headcount,vacancy_fte,\
                leaver_fte,case_holder_fte,cases
                E06000016,2025-03-31,Team A,"12,5",14,2,2,1,1,14,"2,40"
                """
            let returnError = try await #require(throws: RPCError.self) {
                try await client.importFile(dataset: .staffReturn, fileName: "return.csv", csv: staffReturn)
            }
            #expect(returnError.code == .invalidArgument)
            #expect(
                returnError.message.contains(
                    "return.csv:2: column employed_fte: '12,5' is not a number: thousands separators must separate "
                        + "groups of three digits; write decimals with a point (12.5)"))

            let establishment = """
                authority_code,as_at,division,service,headcount
                E06000016,2025-03-31,A,One,"25,00,00"
                """
            let establishmentError = try await #require(throws: RPCError.self) {
                try await client.importFile(dataset: .establishment, fileName: "est.csv", csv: establishment)
            }
            #expect(
                establishmentError.message.contains(
                    "est.csv:2: column headcount: '25,00,00' is not a whole number: thousands separators must "
                        + "separate groups of three digits"))

            // Nothing was stored: the latest pay rates, return and establishment are still the demo's.
            let cost = try await client.agencyCost(authority: "E06000016")
            #expect(cost.payAsAt == "2025-01-14")
            #expect(cost.agencyMonthly == 5_440)
            #expect(cost.returnAsAt == "2024-09-30")
            #expect(cost.agencyFte == 23)
            #expect(try await client.establishment(authority: "E06000016").headcount == 1_264)
        }
    }

    @Test("Import refuses an unknown dataset and a file with no rows")
    func importRefusals() async throws {
        try await withWorkforce { client in
            let unknown = try await #require(throws: RPCError.self) {
                try await client.caller.unary(
                    Workforce.Method.Import.self,
                    request: WorkforceImportRequest(dataset: "salaries", fileName: "s.csv", csv: "a\n1"))
            }
            #expect(unknown.code == .invalidArgument)
            #expect(unknown.message.contains("establishment, staff_return, pay_rates"))
            let empty = try await #require(throws: RPCError.self) {
                try await client.importFile(
                    dataset: .payRates, fileName: "empty.csv", csv: "authority_code,as_at,employment_type,monthly_cost\n")
            }
            #expect(empty.code == .invalidArgument)
            #expect(empty.message.contains("empty.csv: the file has a header but no rows"))
        }
    }
}
