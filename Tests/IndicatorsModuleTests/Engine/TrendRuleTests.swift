import Testing

@testable import IndicatorsModule

@Suite("Trend wording")
struct TrendRuleTests {
    /// Every row of seed 002's appendix: previous, latest, polarity, decimal places, the seed's trend.
    static let seedRows: [(String, Double, Double, Polarity, Int, Trend)] = [
        ("EHCP", 2446, 2522, .none, 0, .increase),
        ("SEN support", 12579, 12968, .none, 0, .increase),
        ("CP reviews", 82.6, 87.4, .highIsGood, 1, .increase),
        ("CPP second time", 28.7, 26.8, .lowIsGood, 1, .decrease),
        ("Re-referrals", 24.1, 24.1, .lowIsGood, 1, .noChange),
        ("Assessments 45 days", 88.9, 88.6, .highIsGood, 1, .noChange),
        ("CPP 2 years+", 1.1, 2.3, .lowIsGood, 1, .increase),
        ("Care leavers accommodation", 95.8, 95.1, .highIsGood, 1, .decrease),
        ("Care leavers EET", 61.6, 60.6, .highIsGood, 1, .decrease),
        ("Dental checks", 65.4, 76.6, .highIsGood, 1, .increase),
        ("Health assessments", 62.1, 76.3, .highIsGood, 1, .increase),
        ("FEEE 2", 79.4, 71.2, .highIsGood, 1, .decrease),
        ("FEEE 3", 93.6, 89.8, .highIsGood, 1, .decrease),
        ("FEEE quality", 97.1, 97.3, .highIsGood, 1, .increase),
        ("Primary good", 90.3, 90.3, .highIsGood, 1, .noChange),
        ("Secondary good", 77.8, 77.8, .highIsGood, 1, .noChange),
        ("Pupils good", 85.7, 85.9, .highIsGood, 1, .increase),
        ("EHE", 1018, 1176, .none, 0, .increase),
        ("NEET", 0.7, 0.8, .lowIsGood, 1, .increase),
        ("Permanent exclusions", 0.02, 0.07, .lowIsGood, 2, .increase),
        ("Suspensions", 2.47, 3.13, .lowIsGood, 2, .increase),
    ]

    @Test("The seed 002 rule (0.5% of previous, worsening only) reproduces all 21 trend cells")
    func seedConvention() {
        for (name, previous, latest, polarity, places, expected) in Self.seedRows {
            let trend = TrendRule.seed002.trend(from: previous, to: latest, polarity: polarity, decimalPlaces: places)
            #expect(trend == expected, "\(name): \(previous) -> \(latest)")
        }
    }

    @Test("Comparing at displayed precision alone calls 88.9 -> 88.6 a decrease (the one row it misses)")
    func displayedPrecisionOnly() {
        let rule = TrendRule.displayedPrecision
        let misses = Self.seedRows.filter {
            rule.trend(from: $0.1, to: $0.2, polarity: $0.3, decimalPlaces: $0.4) != $0.5
        }
        #expect(misses.map(\.0) == ["Assessments 45 days"])
    }

    @Test("A symmetric tolerance large enough for 88.9 -> 88.6 swallows the 0.2 rises the seed reports")
    func symmetricFails() {
        let rule = TrendRule(tolerance: .percent(0.5), scope: .bothDirections)
        // 0.2 / 97.1 = 0.21% < 0.5%: "No change", but the seed says "Increase".
        #expect(rule.trend(from: 97.1, to: 97.3, polarity: .highIsGood, decimalPlaces: 1) == .noChange)
        // Absolute 0.3 pp does the same to 85.7 -> 85.9.
        let absolute = TrendRule(tolerance: .absolute(0.3), scope: .bothDirections)
        #expect(absolute.trend(from: 85.7, to: 85.9, polarity: .highIsGood, decimalPlaces: 1) == .noChange)
    }

    @Test("Rounding happens before comparing: 24.05 and 24.1 both show 24.1")
    func roundingFirst() {
        #expect(
            TrendRule.displayedPrecision.trend(from: 24.1, to: 24.05, polarity: .lowIsGood, decimalPlaces: 1)
                == .noChange)
        #expect(
            TrendRule.displayedPrecision.trend(from: 24.1, to: 24.04, polarity: .lowIsGood, decimalPlaces: 1)
                == .decrease)
    }

    @Test("Worsening-only tolerance with polarity none never applies")
    func polarityNone() {
        let rule = TrendRule(tolerance: .percent(10), scope: .worseningOnly)
        #expect(rule.trend(from: 100, to: 99, polarity: .none, decimalPlaces: 0) == .decrease)
        let both = TrendRule(tolerance: .percent(10), scope: .bothDirections)
        #expect(both.trend(from: 100, to: 99, polarity: .none, decimalPlaces: 0) == .noChange)
        // The band is inclusive: 10% of 100 = 10 -> 100 to 110 is "No change", 111 is an increase.
        #expect(both.trend(from: 100, to: 110, polarity: .none, decimalPlaces: 0) == .noChange)
        #expect(both.trend(from: 100, to: 111, polarity: .none, decimalPlaces: 0) == .increase)
    }
}
