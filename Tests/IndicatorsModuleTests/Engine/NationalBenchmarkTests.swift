import Testing

@testable import IndicatorsModule

@Suite("National rank and quartile band")
struct NationalBenchmarkTests {
    // Eight authorities; two tie on 80.0. Sorted: 60, 70, 75, 80, 80, 85, 90, 95 (n = 8).
    // Type 7: p = .25: h = 7 × .25 + 1 = 2.75 -> 70 + .75 × 5 = 73.75
    //         p = .5:  h = 4.5 -> 80 + .5 × 0 = 80
    //         p = .75: h = 6.25 -> 85 + .25 × 5 = 86.25
    let values: [Double] = [80, 95, 60, 85, 80, 70, 90, 75]

    @Test("High is good: rank 1 is the highest; ties share the best rank; bands from the top")
    func highIsGood() throws {
        func benchmark(_ value: Double) throws -> NationalBenchmark {
            try #require(
                NationalBenchmark.compute(value: value, among: values, polarity: .highIsGood, decimalPlaces: 1))
        }
        #expect(try benchmark(95).rank == 1)
        #expect(try benchmark(95).band == .first)  // 95 >= 86.25
        #expect(try benchmark(90).band == .first)  // 90 >= 86.25
        #expect(try benchmark(85).band == .second)  // 80 <= 85 < 86.25
        // The two 80.0s: 95, 90 and 85 are better -> rank 4 for both.
        #expect(try benchmark(80).rank == 4)
        #expect(try benchmark(80).band == .second)  // equal to the median cut point: the better band
        #expect(try benchmark(75).rank == 6)  // 95, 90, 85, 80, 80 are better
        #expect(try benchmark(75).band == .third)  // 73.75 <= 75 < 80
        #expect(try benchmark(60).rank == 8)
        #expect(try benchmark(60).band == .fourth)  // 60 < 73.75
        #expect(try benchmark(60).reportingCount == 8)
    }

    @Test("Low is good: rank 1 is the lowest; bands from the bottom")
    func lowIsGood() throws {
        func benchmark(_ value: Double) throws -> NationalBenchmark {
            try #require(
                NationalBenchmark.compute(value: value, among: values, polarity: .lowIsGood, decimalPlaces: 1))
        }
        #expect(try benchmark(60).rank == 1)
        #expect(try benchmark(60).band == .first)  // 60 <= 73.75
        #expect(try benchmark(75).band == .second)  // 73.75 < 75 <= 80
        #expect(try benchmark(80).rank == 4)  // 60, 70, 75 are lower
        #expect(try benchmark(80).band == .second)  // equal to the median: the better band
        #expect(try benchmark(85).band == .third)  // 80 < 85 <= 86.25
        #expect(try benchmark(95).band == .fourth)
        #expect(try benchmark(95).rank == 8)
    }

    @Test("Polarity none: counted, but no rank and no band")
    func polarityNone() throws {
        let result = try #require(
            NationalBenchmark.compute(value: 80, among: values, polarity: .none, decimalPlaces: 1))
        #expect(result.rank == nil)
        #expect(result.band == nil)
        #expect(result.reportingCount == 8)
        #expect(result.cutPoints.median == 80)
    }

    @Test("Values compare at the displayed precision, so figures that display the same tie")
    func displayedPrecisionTies() throws {
        // 24.05 and 24.1 both show as 24.1; with low is good both have 1 lower value (20.0): rank 2.
        let values = [24.05, 24.1, 20.0, 30.0]
        let result = try #require(
            NationalBenchmark.compute(value: 24.05, among: values, polarity: .lowIsGood, decimalPlaces: 1))
        #expect(result.rank == 2)
        let other = try #require(
            NationalBenchmark.compute(value: 24.1, among: values, polarity: .lowIsGood, decimalPlaces: 1))
        #expect(other.rank == 2)
    }

    @Test("Authorities with no value are simply absent from N")
    func missingValues() throws {
        // Only 3 of a notional 5 authorities report: N = 3, sorted 10, 20, 40.
        // p = .25: h = 1.5 -> 15; median 20; p = .75: h = 2.5 -> 30.
        let result = try #require(
            NationalBenchmark.compute(value: 20, among: [40, 10, 20], polarity: .highIsGood, decimalPlaces: 0))
        #expect(result.reportingCount == 3)
        #expect(result.cutPoints == QuartileCutPoints(lower: 15, median: 20, upper: 30))
        #expect(result.rank == 2)
        #expect(result.band == .second)
        #expect(NationalBenchmark.compute(value: 1, among: [], polarity: .highIsGood, decimalPlaces: 0) == nil)
    }

    @Test("Band letters")
    func letters() {
        #expect(QuartileBand.allCases.map(\.letter) == ["A", "B", "C", "D"])
    }
}
