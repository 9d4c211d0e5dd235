import Testing

@testable import IndicatorsModule

@Suite("Statistical neighbours")
struct NeighbourAverageTests {
    let period = Seed002Fixture.q4
    let set = NeighbourSet(
        authorityCode: "A", version: "v2", effectiveDate: "2024-04-01",
        neighbourCodes: ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N10"])

    func observation(_ code: String, _ value: Double) -> IndicatorObservation {
        IndicatorObservation(authorityCode: code, indicatorID: "x", period: period, value: value)
    }

    @Test("The mean of the neighbours that report, with how many did")
    func missingNeighbours() throws {
        // 7 of 10 report: 80 + 82 + 84 + 86 + 88 + 90 + 92 = 602; 602 / 7 = 86.0.
        // The authority itself (A) and a non-neighbour (Z) are ignored.
        let observations = [
            observation("N1", 80), observation("N2", 82), observation("N4", 84), observation("N5", 86),
            observation("N7", 88), observation("N8", 90), observation("N10", 92), observation("A", 10),
            observation("Z", 0),
        ]
        let average = try #require(NeighbourAverage.compute(set: set, observations: observations))
        #expect(average.value == 86)
        #expect(average.reportingCount == 7)
        #expect(average.setSize == 10)
        #expect(average.version == "v2")
    }

    @Test("No neighbour reporting gives no average")
    func none() {
        #expect(NeighbourAverage.compute(set: set, observations: [observation("A", 50)]) == nil)
    }

    @Test("The latest effective version is used unless one is named")
    func versions() {
        let old = NeighbourSet(authorityCode: "A", version: "v1", effectiveDate: "2021-04-01", neighbourCodes: ["N1"])
        #expect(NeighbourSet.select(from: [old, set])?.version == "v2")
        #expect(NeighbourSet.select(from: [set, old], version: "v1")?.version == "v1")
        #expect(NeighbourSet.select(from: [set, old], version: "v9") == nil)
        #expect(NeighbourSet.select(from: []) == nil)
    }
}
