import Testing

@testable import IndicatorsModule

@Suite("Decimal rounding")
struct DecimalRoundingTests {
    @Test(
        "Rounds the decimal a person sees, half away from zero",
        arguments: [
            (24.05, 1, 24.1),  // binary 24.05 is 24.0499999...; the typed figure rounds up
            (1494.0 / 6212.0 * 100, 1, 24.1),  // 24.0502...
            (2.675, 2, 2.68),
            (0.125, 2, 0.13),
            (-0.25, 1, -0.3),
            (88.04, 1, 88.0),
            (1117.0 / 1269.0 * 100, 1, 88.0),  // 88.022...
        ])
    func rounding(value: Double, places: Int, expected: Double) {
        #expect(DecimalRounding.round(value, places: places) == expected)
    }

    @Test("The rounded double is the nearest double to the rounded decimal", arguments: [0.07, 0.02, 3.13, 87.4, 0.8])
    func roundTrip(value: Double) {
        // Foundation's Decimal-to-Double conversion gave 0.06999999999999999 for 0.07.
        #expect(DecimalRounding.round(value, places: 2) == value)
    }
}
