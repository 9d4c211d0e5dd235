import Testing

@testable import IndicatorsModule

@Suite("Type-7 quantiles and quartile cut points")
struct QuantileTests {
    @Test("Five evenly spaced values: the quartiles are the 2nd, 3rd and 4th values")
    func evenlySpaced() throws {
        // n = 5: h = (5 - 1)p + 1 -> p = .25: h = 2 -> x2 = 20; p = .5: h = 3 -> 30; p = .75: h = 4 -> 40.
        let cuts = try #require(QuartileCutPoints(of: [50, 10, 40, 20, 30]))
        #expect(cuts == QuartileCutPoints(lower: 20, median: 30, upper: 40))
    }

    @Test("Interpolation between order statistics, with a tie")
    func interpolated() throws {
        // 1, 2, 2, 3 (n = 4): p = .25: h = 1.75 -> 1 + .75 × (2 - 1) = 1.75;
        // p = .5: h = 2.5 -> 2 + .5 × (2 - 2) = 2; p = .75: h = 3.25 -> 2 + .25 × (3 - 2) = 2.25.
        let cuts = try #require(QuartileCutPoints(of: [3, 2, 1, 2]))
        #expect(cuts.lower == 1.75)
        #expect(cuts.median == 2)
        #expect(cuts.upper == 2.25)
    }

    @Test("Six values: p = .25 lands a quarter of the way from x2 to x3")
    func sixValues() throws {
        // 12.0, 15.5, 18.0, 20.0, 24.5, 30.0: p = .25: h = 5 × .25 + 1 = 2.25 -> 15.5 + .25 × 2.5 = 16.125;
        // p = .5: h = 3.5 -> (18 + 20) / 2 = 19; p = .75: h = 4.75 -> 20 + .75 × 4.5 = 23.375.
        let values = [12.0, 15.5, 18.0, 20.0, 24.5, 30.0]
        #expect(Quantile.type7(values, 0.25) == 16.125)
        #expect(Quantile.type7(values, 0.5) == 19)
        #expect(Quantile.type7(values, 0.75) == 23.375)
        #expect(Quantile.type7(values, 0) == 12)
        #expect(Quantile.type7(values, 1) == 30)
    }

    @Test("One value is every quantile; none gives nothing")
    func degenerate() {
        #expect(Quantile.type7([7.5], 0.25) == 7.5)
        #expect(Quantile.type7([], 0.5) == nil)
        #expect(QuartileCutPoints(of: []) == nil)
    }
}
