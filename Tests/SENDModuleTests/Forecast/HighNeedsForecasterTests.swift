import CYPHubCore
import Testing
@testable import SENDModule

/// Paragraph 96 of seed 001, every figure reproduced from the plan's input lines.
@Suite struct HighNeedsForecasterTests {
    let forecast: HighNeedsForecast

    init() throws {
        forecast = try HighNeedsForecaster.forecast(LeicestershirePlanFixture.plan)
    }

    /// Asserts each computed figure is within £1k (1.0 in £000) of the figure the council printed.
    func expectWithinRounding(
        _ computed: [Double], _ published: [Double], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(computed.count == published.count, "\(label): year count", sourceLocation: sourceLocation)
        for (index, (ours, theirs)) in zip(computed, published).enumerated() {
            #expect(abs(ours - theirs) <= 1.0, "\(label) year \(index + 1): \(ours) vs published \(theirs)", sourceLocation: sourceLocation)
        }
    }

    @Test func yearsAreTheMTFSPeriod() {
        #expect(forecast.years.map(\.year) == ["2024/25", "2025/26", "2026/27", "2027/28"])
    }

    @Test func totalExpenditure() {
        // 120,579 + 10,679 + 162 + 986 = 132,406; 133,297 + 11,279 + 37 + 986 = 145,599;
        // 147,279 + 11,279 + 0 + 986 = 159,544; 162,705 + 11,279 + 0 + 986 = 174,970 (all exact).
        #expect(forecast.years.map(\.totalExpenditure) == [132_406, 145_599, 159_544, 174_970])
    }

    @Test func fundingGapPreSavings() {
        // 132,406 − 109,176 = 23,230; 145,599 − 112,430 = 33,169; 159,544 − 115,781 = 43,763;
        // 174,970 − 119,233 = 55,737 (all exact).
        #expect(forecast.years.map(\.fundingGapPreSavings) == [23_230, 33_169, 43_763, 55_737])
    }

    @Test func savingsWorkstreamsAndTotal() {
        #expect(
            forecast.years.map { $0.savings.map(\.amount) } == [
                [-3_788, -2_480], [-10_976, -5_995], [-19_195, -9_868], [-27_666, -13_803],
            ])
        // 3,788 + 2,480 = 6,268; 10,976 + 5,995 = 16,971 (printed 16,972: the council's unrounded
        // lines); 19,195 + 9,868 = 29,063; 27,666 + 13,803 = 41,469.
        #expect(forecast.years.map(\.totalSavings) == [-6_268, -16_971, -29_063, -41_469])
        expectWithinRounding(forecast.years.map(\.totalSavings), [-6_268, -16_972, -29_063, -41_469], "total savings")
    }

    @Test func annualRevenueFundingGap() {
        // 23,230 − 6,268 = 16,962 (printed 16,963); 33,169 − 16,971 = 16,198 (printed 16,197);
        // 43,763 − 29,063 = 14,700; 55,737 − 41,469 = 14,268.
        #expect(forecast.years.map(\.annualFundingGap) == [16_962, 16_198, 14_700, 14_268])
        expectWithinRounding(forecast.years.map(\.annualFundingGap), [16_963, 16_197, 14_700, 14_268], "annual gap")
    }

    @Test func cumulativeDeficit() {
        // 48,501 + 16,962 = 65,463 (printed 65,464); + 16,198 = 81,661; + 14,700 = 96,361; + 14,268 = 110,629.
        #expect(forecast.years.map(\.deficitBroughtForward) == [48_501, 65_463, 81_661, 96_361])
        #expect(forecast.years.map(\.deficitCarriedForward) == [65_463, 81_661, 96_361, 110_629])
        expectWithinRounding(forecast.years.map(\.deficitCarriedForward), [65_464, 81_661, 96_361, 110_629], "cumulative gap")
    }

    @Test func dsgPosition() {
        #expect(forecast.years.map(\.otherDsgBlocks) == [-8_060, -8_057, -7_557, -4_957])
        // 65,463 − 8,060 = 57,403 (printed 57,404); 81,661 − 8,057 = 73,604; 96,361 − 7,557 = 88,804;
        // 110,629 − 4,957 = 105,672.
        #expect(forecast.years.map(\.dsgSurplusDeficit) == [57_403, 73_604, 88_804, 105_672])
        expectWithinRounding(forecast.years.map(\.dsgSurplusDeficit), [57_404, 73_604, 88_804, 105_672], "DSG deficit")
    }

    @Test func inputLinesArePassedThrough() {
        let years = forecast.years
        expectWithinRounding(years.map(\.grantIncome), [-109_176, -112_430, -115_781, -119_233], "grant")
        expectWithinRounding(years.map(\.placementCosts), [120_579, 133_297, 147_279, 162_705], "placements")
        expectWithinRounding(years.map(\.otherCosts), [10_679, 11_279, 11_279, 11_279], "other HNB")
        expectWithinRounding(years.map(\.commissioningCosts), [162, 37, 0, 0], "commissioning")
        expectWithinRounding(years.map(\.investToSaveCosts), [986, 986, 986, 986], "invest to save")
    }

    @Test func highNeedsSpendAsPercentOfGrant() {
        // Total expenditure ÷ grant: 132,406 / 109,176 = 121.2776%; 145,599 / 112,430 = 129.5019%;
        // 159,544 / 115,781 = 137.7981%; 174,970 / 119,233 = 146.7463%. The council printed 122%, 130%,
        // 139%, 148%: one point higher in three years (see docs/modules/send.md).
        let percents = forecast.years.map(\.highNeedsSpendPercentOfGrant)
        let expected = [121.2776, 129.5019, 137.7981, 146.7463]
        for (ours, worked) in zip(percents, expected) { #expect(abs(ours - worked) < 0.0001) }
        #expect(forecast.years.filter { !$0.hasSpendPercent }.isEmpty)
        // After savings: (132,406 − 6,268) / 109,176 = 115.5364%; (174,970 − 41,469) / 119,233 = 111.9665%.
        #expect(abs(forecast.years[0].netSpendPercentOfGrant - 115.5364) < 0.0001)
        #expect(abs(forecast.years[3].netSpendPercentOfGrant - 111.9665) < 0.0001)
    }

    @Test func noCandidateDefinitionGivesThePrintedPercentages() {
        // The three readings of "spend as % of grant", rounded to whole %, against 122/130/139/148.
        // Expenditure after savings ÷ grant and 1 + annual gap ÷ grant are the same number (the annual gap
        // is expenditure − grant − savings): 115.5, 114.4, 112.7, 112.0.
        let printed = [122.0, 130, 139, 148]
        let years = forecast.years
        let grossOverGrant = years.map { ($0.totalExpenditure / -$0.grantIncome * 100).rounded() }
        let netOverGrant = years.map { (($0.totalExpenditure + $0.totalSavings) / -$0.grantIncome * 100).rounded() }
        let onePlusGap = years.map { ((1 + $0.annualFundingGap / -$0.grantIncome) * 100).rounded() }
        #expect(grossOverGrant == [121, 130, 138, 147])
        #expect(netOverGrant == [116, 114, 113, 112])
        #expect(onePlusGap == netOverGrant)
        #expect(grossOverGrant != printed && netOverGrant != printed && onePlusGap != printed)
    }

    @Test func deficitAsPercentOfTotalDsg() {
        // Total DSG 697,000; × 1.0298 = 717,770.6; × 1.0298 = 739,160.2; × 1.0298 = 761,187.1.
        // 57,403 / 697,000 = 8.24%; 73,604 / 717,770.6 = 10.25%; 88,804 / 739,160.2 = 12.01%;
        // 105,672 / 761,187.1 = 13.88%: rounded 8%, 10%, 12%, 14% as printed.
        let years = forecast.years
        #expect(years.filter { !$0.hasTotalDsg }.isEmpty)
        #expect(abs(years[1].totalDsg - 717_770.6) < 0.001)
        let expected = [8.2357, 10.2546, 12.0142, 13.8826]
        for (year, worked) in zip(years, expected) { #expect(abs(year.deficitPercentOfTotalDsg - worked) < 0.0001) }
        #expect(years.map { $0.deficitPercentOfTotalDsg.rounded() } == [8, 10, 12, 14])
    }

    @Test func tsilBreakdownReconciliation() throws {
        let breakdown = try #require(forecast.breakdowns.first)
        #expect(forecast.breakdowns.count == 1)
        #expect(breakdown.workstream == "TSIL Programme Defined Opportunities")
        #expect(breakdown.lines.count == 7)
        // Paragraph 95's lines as printed: 228 + 352 + 345 + 587 + 1,333 + 1,333 + 391 = 4,569 (printed total
        // −4,569); 660 + 861 + 948 + 1,206 + 3,840 + 3,840 + 380 = 11,735 (printed −11,737);
        // 1,231 + 1,430 + 1,634 + 1,839 + 6,721 + 6,721 + 380 = 19,956 (printed −19,956);
        // 1,778 + 1,918 + 2,315 + 2,478 + 9,779 + 9,779 − 380 = 27,667 (printed −27,666).
        #expect(breakdown.lineTotals == [-4_569, -11_735, -19_956, -27_667])
        #expect(breakdown.workstreamTotals == [-3_788, -10_976, -19_195, -27_666])
        // −4,569 − (−3,788) = −781; −11,735 + 10,976 = −759; −19,956 + 19,195 = −761; −27,667 + 27,666 = −1.
        #expect(breakdown.differences == [-781, -759, -761, -1])
    }
}

/// The reading of paragraph 95 that makes it agree with paragraph 96 (see docs/modules/send.md).
@Suite struct TSILSavingsLinesTests {
    @Test func annualReviewsLineAsACostReconcilesParagraphs95And96() throws {
        let tsil = try #require(LeicestershirePlanFixture.plan.workstreams.first)
        let others = tsil.details.filter { $0.name != "Savings Achieved at Annual Reviews" }
        #expect(others.count == 6)
        // The six other lines: −4,178, −11,355, −19,576, −28,047.
        let sixLines = (0..<4).map { year in others.reduce(0) { $0 + $1.amounts[year] } }
        #expect(sixLines == [-4_178, -11_355, -19_576, -28_047])
        // With the annual reviews line as +391, +380, +380, +380: −3,787, −10,975, −19,196, −27,667,
        // each within £1k of paragraph 96's −3,788, −10,976, −19,195, −27,666.
        let reconciled = zip(sixLines, [391.0, 380, 380, 380]).map { $0 + $1 }
        #expect(reconciled == [-3_787, -10_975, -19_196, -27_667])
        for (ours, printed) in zip(reconciled, [-3_788.0, -10_976, -19_195, -27_666]) { #expect(abs(ours - printed) <= 1) }
    }
}
