import Testing

@testable import IndicatorsModule

@Suite("Small-number suppression")
struct SmallNumberSuppressionTests {
    let period = Seed002Fixture.q4

    func observation(_ value: Double, numerator: Double? = nil, denominator: Double? = nil) -> IndicatorObservation {
        IndicatorObservation(
            authorityCode: "E10000018", indicatorID: "x", period: period, value: value, numerator: numerator,
            denominator: denominator)
    }

    @Test(
        "Counts 1 to 5 are suppressed; 0 and 6 are not",
        arguments: [
            (0.0, false), (1.0, true), (3.0, true), (5.0, true), (6.0, false), (2.5, false), (1176.0, false),
        ])
    func counts(value: Double, suppressed: Bool) {
        #expect(SmallNumberSuppression.isSuppressed(observation(value), valueType: .number) == suppressed)
    }

    @Test("Rates and percentages built on a numerator of 1 to 5 are suppressed")
    func ratios() {
        // Seed 002: CPP lasting 2 years+ at Q3 was 5 children, 1.1% -> suppressed; at Q4 10 children -> shown.
        #expect(SmallNumberSuppression.isSuppressed(observation(1.1, numerator: 5), valueType: .percent))
        #expect(!SmallNumberSuppression.isSuppressed(observation(2.3, numerator: 10), valueType: .percent))
        #expect(
            SmallNumberSuppression.isSuppressed(
                observation(2.0, numerator: 1, denominator: 5000),
                valueType: .ratePer10000))
        #expect(
            !SmallNumberSuppression.isSuppressed(
                observation(0, numerator: 0, denominator: 50),
                valueType: .percent))
        // A percent of 3.0 with no numerator is not a count.
        #expect(!SmallNumberSuppression.isSuppressed(observation(3.0), valueType: .percent))
    }
}
