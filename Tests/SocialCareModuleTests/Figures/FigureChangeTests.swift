import CYPHubCore
import Testing

@testable import SocialCareModule

/// The change columns as the module publishes them: the core's `Comparison`, rounded by `FigureText`.
@Suite("Change and % change")
struct FigureChangeTests {
    @Test("change and % change from unrounded values")
    func change() throws {
        // Population: 379,780 − 373,399 = 6,381; 6,381 / 373,399 = 1.709% → 1.7%.
        let population = Comparison(current: 379_780, previous: 373_399)
        #expect(population.change == 6_381)
        #expect(FigureText.percent(try #require(population.percentChange)) == "1.7%")
        // IRO lowest: 30 − 1 = 29; 29 / 1 = 2900%, written without separators as the seed does.
        let iroLowest = Comparison(current: 30, previous: 1)
        #expect(FigureText.percent(try #require(iroLowest.percentChange)) == "2900.0%")
    }

    @Test("% change is undefined when the earlier value is 0, and the row says '-'")
    func fromZero() throws {
        // Leaving Care advisors over 20: 1, earlier 0 → the seed prints "-".
        #expect(Comparison(current: 1, previous: 0).percentChange == nil)
        let definition = RowDefinition(key: "k", label: "l", unit: .count, value: { Double($0.demand.ladoCasesOpen) })
        var earlier = SeedTable.julyFigures
        earlier.demand.ladoCasesOpen = 0
        let row = SnapshotTable.row(definition, current: SeedTable.octoberFigures, earlier: earlier)
        #expect(row.comparison == .compared)
        #expect(row.changeDisplay == "65")
        #expect(!row.hasPercentChange)
        #expect(row.percentChangeDisplay == "-")
    }

    @Test("a ratio of integers that is an exact tie rounds away from zero")
    func exactTie() throws {
        // 1 / 80 × 100 = 1.25% exactly → published 1.3% (halves away from zero).
        let change = try #require(Comparison(current: 81, previous: 80).percentChange)
        #expect(FigureText.percent(change) == "1.3%")
        #expect(FigureText.rounded(change, decimals: 1) == 1.3)
        // −1 / 80 = −1.25% → −1.3%.
        #expect(FigureText.percent(try #require(Comparison(current: 79, previous: 80).percentChange)) == "-1.3%")
    }
}
