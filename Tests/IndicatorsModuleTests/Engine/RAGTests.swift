import Testing

@testable import IndicatorsModule

@Suite("RAG rating against a target")
struct RAGTests {
    @Test(
        "Seed 002 rows with targets, amber tolerance 20% of target",
        arguments: [
            // value, comparator, target, expected     (gap; margin = 20% of target)
            (87.4, TargetComparator.greaterThan, 97.2, RagStatus.amber),  // 9.8 <= 19.44
            (26.8, .lessThan, 20.8, .red),  // 6.0 > 4.16
            (24.1, .lessThan, 18.7, .red),  // 5.4 > 3.74
            (88.6, .greaterThan, 90.3, .amber),  // 1.7 <= 18.06
            (2.3, .lessThan, 3.0, .green),
            (95.1, .greaterThan, 92.0, .green),
            (60.6, .greaterThan, 54.0, .green),
            (0.8, .lessThan, 2.1, .green),
        ])
    func seedRows(value: Double, comparator: TargetComparator, target: Double, expected: RagStatus) {
        let status = IndicatorTarget(comparator, target).assess(value, tolerance: .percent(20), decimalPlaces: 1)
        #expect(status == expected)
    }

    @Test("No single absolute tolerance reproduces the seed: amber needs >= 9.8, red needs < 5.4")
    func absoluteCannotReproduce() {
        let generous = Tolerance.absolute(9.8)
        #expect(IndicatorTarget(.greaterThan, 97.2).assess(87.4, tolerance: generous, decimalPlaces: 1) == .amber)
        #expect(IndicatorTarget(.lessThan, 18.7).assess(24.1, tolerance: generous, decimalPlaces: 1) == .amber)
    }

    @Test(
        "Relative tolerances between 10.09% and 28.84% of target all reproduce the seed",
        arguments: [
            10.1, 15.0, 20.0, 25.0, 28.8,
        ])
    func relativeRange(percent: Double) {
        let tolerance = Tolerance.percent(percent)
        #expect(IndicatorTarget(.greaterThan, 97.2).assess(87.4, tolerance: tolerance, decimalPlaces: 1) == .amber)
        #expect(IndicatorTarget(.lessThan, 20.8).assess(26.8, tolerance: tolerance, decimalPlaces: 1) == .red)
        #expect(IndicatorTarget(.lessThan, 18.7).assess(24.1, tolerance: tolerance, decimalPlaces: 1) == .red)
    }

    @Test("Boundaries: strict and inclusive comparators, inclusive amber edge")
    func boundaries() {
        let margin2 = Tolerance.absolute(2)
        // Exactly on the target.
        #expect(IndicatorTarget(.greaterThan, 90).assess(90, tolerance: margin2, decimalPlaces: 1) == .amber)
        #expect(IndicatorTarget(.greaterOrEqual, 90).assess(90, tolerance: margin2, decimalPlaces: 1) == .green)
        #expect(IndicatorTarget(.lessThan, 20).assess(20, tolerance: margin2, decimalPlaces: 1) == .amber)
        #expect(IndicatorTarget(.lessOrEqual, 20).assess(20, tolerance: margin2, decimalPlaces: 1) == .green)
        // Exactly the margin away is still amber; one display step further is red.
        #expect(IndicatorTarget(.greaterOrEqual, 90).assess(88.0, tolerance: margin2, decimalPlaces: 1) == .amber)
        #expect(IndicatorTarget(.greaterOrEqual, 90).assess(87.9, tolerance: margin2, decimalPlaces: 1) == .red)
        #expect(IndicatorTarget(.lessOrEqual, 20).assess(22.0, tolerance: margin2, decimalPlaces: 1) == .amber)
        #expect(IndicatorTarget(.lessOrEqual, 20).assess(22.1, tolerance: margin2, decimalPlaces: 1) == .red)
        // Relative margin: 20% of 20.8 = 4.16; 24.96 is exactly 4.16 over (floating-point noise ignored).
        #expect(IndicatorTarget(.lessThan, 20.8).assess(24.96, tolerance: .percent(20), decimalPlaces: 2) == .amber)
        #expect(IndicatorTarget(.lessThan, 20.8).assess(24.97, tolerance: .percent(20), decimalPlaces: 2) == .red)
        // Zero tolerance: no amber band at all.
        #expect(IndicatorTarget(.greaterThan, 90).assess(90, tolerance: .zero, decimalPlaces: 1) == .red)
        #expect(IndicatorTarget(.greaterThan, 90).assess(90.1, tolerance: .zero, decimalPlaces: 1) == .green)
    }

    @Test("The value is rated as displayed: 90.04 shows as 90.0 and does not beat >90")
    func displayedPrecision() {
        #expect(IndicatorTarget(.greaterThan, 90).assess(90.04, tolerance: .zero, decimalPlaces: 1) == .red)
        #expect(IndicatorTarget(.greaterThan, 90).assess(90.05, tolerance: .zero, decimalPlaces: 1) == .green)
    }

    @Test("Equality targets")
    func equality() {
        #expect(IndicatorTarget(.equal, 100).assess(100, tolerance: .absolute(1), decimalPlaces: 0) == .green)
        #expect(IndicatorTarget(.equal, 100).assess(99, tolerance: .absolute(1), decimalPlaces: 0) == .amber)
        #expect(IndicatorTarget(.equal, 100).assess(102, tolerance: .absolute(1), decimalPlaces: 0) == .red)
    }

    @Test("Displayed targets use the comparator symbol and unit")
    func display() {
        #expect(IndicatorTarget(.greaterThan, 97.2).display(valueType: .percent, decimalPlaces: 1) == ">97.2%")
        #expect(IndicatorTarget(.lessOrEqual, 3).display(valueType: .percent, decimalPlaces: 1) == "<=3.0%")
    }

    @Test("Comparator symbols round-trip; the proto's unspecified comparator has none and rates nothing")
    func symbols() {
        for comparator in TargetComparator.comparators {
            #expect(TargetComparator(symbol: comparator.symbol) == comparator)
        }
        #expect(TargetComparator.comparators.map(\.symbol) == [">", ">=", "<", "<=", "="])
        #expect(TargetComparator(symbol: "") == nil)
        #expect(IndicatorTarget(.unspecified, 90).assess(95, tolerance: .zero, decimalPlaces: 1) == .none)
    }
}
