import CYPHubCore
import SocialCareModule
import Testing

@testable import WorkforceModule

@Suite("Workforce small numbers")
struct WorkforceSmallNumbersTests {
    /// Leicester's establishment shape: a division of 1 + 37 = 38 people; a service of 1 (0.8 FTE) is withheld.
    @Test("a service of 1 person: its headcount and FTE go, the division's 38 stays")
    func establishment() {
        let response = GetEstablishmentResponse(
            authority: "E06000016", asAt: "2024-09-30",
            divisions: [
                DivisionStaffing(
                    name: "Children's Social Care",
                    services: [
                        ServiceStaffing(service: "Head of Service", headcount: 1, hasFte: true, fte: 0.8),
                        ServiceStaffing(service: "Safeguarding", headcount: 37, hasFte: true, fte: 35.2),
                    ],
                    headcount: 38, fte: FteSum(known: 36.0, linesWithFte: 2, complete: true))
            ],
            headcount: 38, fte: FteSum(known: 36.0, linesWithFte: 2, complete: true))
        let shown = response.suppressingSmallNumbers()
        #expect(shown.divisions[0].services.map(\.headcount) == [0, 37])
        #expect(shown.divisions[0].services.map(\.fte) == [0, 35.2])
        #expect(shown.headcount == 38)
        #expect(shown.suppressed == ["divisions[0].services[0].headcount", "divisions[0].services[0].fte"])

        var large = response
        large.divisions[0].services[0].headcount = 6
        #expect(large.suppressingSmallNumbers() == large)
    }

    /// 3 agency workers (2.5 FTE) beside 40 employed (38.0 FTE): agency rate 2.5 / 40.5 = 6.17%.
    static func summary(agency: Int, cases: Int = 520, due: Int = 40) -> GetWorkforceSummaryResponse {
        let team = TeamFigures(
            team: "All teams", employedFte: 38, employedHeadcount: 40, agencyFte: 2.5, agencyHeadcount: agency,
            cases: cases, turnover: RateFigure(numerator: 6, denominator: 38, hasPercent: true, percent: 15.79),
            agency: RateFigure(numerator: 2.5, denominator: 40.5, hasPercent: true, percent: 6.17),
            caseload: CaseloadFigure(cases: cases, caseHolderFte: 30, hasAverage: true, average: Double(cases) / 30))
        return GetWorkforceSummaryResponse(
            authority: "E06000016", asAt: "2024-09-30", teams: [team], total: team,
            socialCare: SocialCareWorkload(
                snapshotDate: "2024-09-27",
                supervision: [SupervisionCompliance(area: .csc, supervisionsDue: due, supervisionsInTimescale: 30)]))
    }

    @Test("3 agency workers: their headcount, FTE and the agency rate go in every team and the total")
    func agency() {
        let shown = Self.summary(agency: 3).suppressingSmallNumbers()
        #expect(shown.total?.agencyHeadcount == 0)
        #expect(shown.total?.agencyFte == 0)
        #expect(shown.total?.agency == RateFigure(numerator: 0, denominator: 0, hasPercent: true, percent: 0))
        #expect(shown.total?.employedHeadcount == 40)
        #expect(shown.total?.turnover?.percent == 15.79)
        let paths = ["agency_headcount", "agency_fte", "agency.numerator", "agency.denominator", "agency.percent"]
        #expect(shown.suppressed == paths.map { "teams[0].\($0)" } + paths.map { "total.\($0)" })
    }

    @Test("4 supervisions due in social care's figures go as social care's own do")
    func socialCare() {
        let shown = Self.summary(agency: 12, due: 4).suppressingSmallNumbers()
        #expect(shown.socialCare?.supervision[0].supervisionsDue == 0)
        #expect(
            shown.suppressed == [
                "social_care.supervision[0].supervisions_due", "social_care.supervision[0].percent_compliant",
            ])
    }

    @Test("counts of 6 and more are shown as they are")
    func largeCounts() {
        let summary = Self.summary(agency: 6)
        #expect(summary.suppressingSmallNumbers() == summary)
    }
}
