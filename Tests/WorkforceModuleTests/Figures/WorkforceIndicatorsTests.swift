import Testing

@testable import WorkforceModule

/// Synthetic Leicester return at 30 September 2024 (the module's demo data; not from a seed): three
/// teams (CIN, CASP, LAC), agency just under 20% as seed 004 says.
let syntheticReturns: [TeamReturn] = [
    TeamReturn(
        team: "CIN", employedFTE: 40, employedHeadcount: 42, agencyFTE: 10, agencyHeadcount: 10,
        vacancyFTE: 8, leaverFTE: 7, caseHolderFTE: 44, cases: 792
    ),
    TeamReturn(
        team: "CASP", employedFTE: 27, employedHeadcount: 29, agencyFTE: 6,
        agencyHeadcount: 6, vacancyFTE: 6, leaverFTE: 4, caseHolderFTE: 28, cases: 448
    ),
    TeamReturn(
        team: "LAC", employedFTE: 30, employedHeadcount: 32, agencyFTE: 7, agencyHeadcount: 7,
        vacancyFTE: 6, leaverFTE: 5, caseHolderFTE: 33, cases: 528
    ),
]

@Suite("Workforce indicators")
struct WorkforceIndicatorsTests {
    @Test("Turnover rate = leaver FTE / employed FTE in post")
    func turnover() throws {
        let indicators = WorkforceIndicators(returns: syntheticReturns)
        // Leavers 7 + 4 + 5 = 16 FTE; in post 40 + 27 + 30 = 97 FTE; 16 / 97 = 0.164948... = 16.5%
        #expect(indicators.turnover.numerator == 16)
        #expect(indicators.turnover.denominator == 97)
        let value = try #require(indicators.turnover.value)
        #expect(abs(value - 0.164_948) < 0.000_001)
    }

    @Test("Agency rate = agency FTE / (agency + employed FTE)")
    func agency() throws {
        let indicators = WorkforceIndicators(returns: syntheticReturns)
        // Agency 10 + 6 + 7 = 23 FTE; 23 / (23 + 97) = 23 / 120 = 0.191667 = 19.2% ("just under 20%")
        #expect(indicators.agency.numerator == 23)
        #expect(indicators.agency.denominator == 120)
        let percent = try #require(indicators.agency.percent)
        #expect(abs(percent - 19.166_667) < 0.000_01)
        #expect(percent < 20)
    }

    @Test("Vacancy rate = vacancy FTE / (vacancy + employed FTE)")
    func vacancy() throws {
        let indicators = WorkforceIndicators(returns: syntheticReturns)
        // Vacancies 8 + 6 + 6 = 20 FTE; 20 / (20 + 97) = 20 / 117 = 0.170940 = 17.1%
        #expect(indicators.vacancy.numerator == 20)
        #expect(indicators.vacancy.denominator == 117)
        let value = try #require(indicators.vacancy.value)
        #expect(abs(value - 0.170_940) < 0.000_001)
    }

    @Test("Average caseload = cases / case-holder FTE")
    func caseload() throws {
        let indicators = WorkforceIndicators(returns: syntheticReturns)
        // Cases 792 + 448 + 528 = 1,768; case holders 44 + 28 + 33 = 105 FTE; 1,768 / 105 = 16.838 = 16.8
        #expect(indicators.averageCaseload.numerator == 1_768)
        #expect(indicators.averageCaseload.denominator == 105)
        let value = try #require(indicators.averageCaseload.value)
        #expect(abs(value - 16.838_095) < 0.000_001)
    }

    @Test("Per-team caseload uses that team's case holders only")
    func teamCaseload() throws {
        let cin = WorkforceIndicators(syntheticReturns[0])
        // 792 / 44 = 18.0 exactly
        #expect(cin.averageCaseload.value == 18)
        // CIN agency 10 / (10 + 40) = 0.2 exactly
        #expect(cin.agency.value == 0.2)
        #expect(cin.totals.team == "CIN")
    }

    @Test("Counts are summed across teams")
    func counts() {
        let totals = WorkforceIndicators(returns: syntheticReturns, label: "All teams").totals
        #expect(totals.team == "All teams")
        // Headcount employed 42 + 29 + 32 = 103; agency 10 + 6 + 7 = 23
        #expect(totals.employedHeadcount == 103)
        #expect(totals.agencyHeadcount == 23)
    }

    @Test("Definitions reproduce the DfE's published England figures at 30 September 2023")
    func dfeNational2023() throws {
        // Published: in post 33,119.1 FTE, leavers 5,254.6, agency 7,173.5, vacancies 7,722.7,
        // case holders 21,111.4 FTE, cases 337,055; rates 15.9%, 17.8%, 18.9%, caseload 16.0.
        let england = TeamReturn(
            team: "England", employedFTE: 33_119.1, employedHeadcount: 35_199, agencyFTE: 7_173.5,
            agencyHeadcount: 7_429, vacancyFTE: 7_722.7, leaverFTE: 5_254.6, caseHolderFTE: 21_111.4,
            cases: 337_055
        )
        let indicators = WorkforceIndicators(england)
        // 5,254.6 / 33,119.1 = 0.15866 -> 15.9%
        #expect(try roundedOneDecimal(#require(indicators.turnover.percent)) == 15.9)
        // 7,173.5 / 40,292.6 = 0.17804 -> 17.8%
        #expect(try roundedOneDecimal(#require(indicators.agency.percent)) == 17.8)
        // 7,722.7 / 40,841.8 = 0.18909 -> 18.9%
        #expect(try roundedOneDecimal(#require(indicators.vacancy.percent)) == 18.9)
        // 337,055 / 21,111.4 = 15.966 -> 16.0
        #expect(try roundedOneDecimal(#require(indicators.averageCaseload.value)) == 16.0)
    }

    @Test("Rates with a zero denominator are undefined, not zero")
    func undefined() {
        let empty = WorkforceIndicators(returns: [TeamReturn]())
        #expect(empty.turnover.value == nil)
        #expect(empty.agency.value == nil)
        #expect(empty.vacancy.value == nil)
        #expect(empty.averageCaseload.value == nil)
        #expect(empty.agency.percent == nil)
    }

    private func roundedOneDecimal(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }
}
