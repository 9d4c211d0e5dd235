import CYPHubCore
import CYPHubTesting
import Testing

@testable import IndicatorsModule

@Suite("Demo data: seed 002 reproduced through the importer and the Report method")
struct IndicatorsDemoDataTests {
    /// Seed 002's appendix columns for the 11 indicators with a national benchmark:
    /// id, RAG, national quartile (1 = top), statistical-neighbour average as printed, and the rank the
    /// SYNTHETIC comparators were constructed to give (of 40).
    static let benchmarked: [(String, RagStatus, Int, String, Int)] = [
        ("cp-reviews-in-timescale", .amber, 3, "88.2%", 25),
        ("cpp-second-time", .red, 4, "23.3%", 35),
        ("re-referrals-12-months", .red, 4, "19.8%", 35),
        ("assessments-45-days", .amber, 2, "82.5%", 15),
        ("cpp-two-years-plus", .green, 2, "1.5%", 15),
        ("care-leavers-suitable-accommodation", .green, 1, "89.9%", 5),
        ("care-leavers-eet", .green, 2, "56.6%", 15),
        ("primary-good-outstanding", .amber, 3, "91.0%", 25),
        ("secondary-good-outstanding", .amber, 3, "85.0%", 25),
        ("pupils-good-outstanding-schools", .amber, 3, "89.8%", 25),
        ("neet-16-17", .green, 2, "3.5%", 15),
    ]

    @Test("The latest report reproduces seed 002's value, trend, RAG, quartile and neighbour columns")
    func latestReport() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let report = try await host.client.report(authority: "E10000018")
            #expect(report.authorityName == "Leicestershire")
            #expect(report.regionName == "East Midlands")
            #expect(report.asAt == "")
            #expect(report.neighbourSetVersion == "seed-001-comparators")
            #expect(report.neighbourCodes.count == 10)
            #expect(report.noTargetRule == .neighbourAverage)
            #expect(report.lines.count == 21)
            let lines = Dictionary(uniqueKeysWithValues: report.lines.map { ($0.indicatorId, $0) })

            // Values and trends of every row, as in the appendix.
            for row in Seed002Fixture.rows {
                let line = try #require(lines[row.definition.id])
                #expect(line.period == row.latestPeriod, "period of \(row.definition.id)")
                #expect(line.value == row.latest, "value of \(row.definition.id)")
                #expect(line.previousPeriod == row.previousPeriod, "previous period of \(row.definition.id)")
                #expect(line.trend == row.trend, "trend of \(row.definition.id)")
                #expect(line.rag == row.rag, "RAG of \(row.definition.id)")
            }
            // The benchmark and neighbour columns.
            for (id, rag, band, neighbourAverage, rank) in Self.benchmarked {
                let line = try #require(lines[id])
                #expect(line.rag == rag, "RAG of \(id)")
                #expect(line.quartileBand == band, "quartile band of \(id)")
                #expect(line.hasRank && line.rank == rank, "rank of \(id)")
                #expect(line.reportingCount == 40, "N of \(id)")
                #expect(line.neighbourAverageDisplay == neighbourAverage, "neighbour average of \(id)")
                #expect(line.neighboursReporting == 10)
            }
            // Paragraph 5: of 11 benchmarked measures, 1 top quartile, 4 second, 4 third, 2 bottom.
            let bands = report.lines.map(\.quartileBand).filter { $0 > 0 }
            #expect(bands.count == 11)
            #expect([1, 2, 3, 4].map { band in bands.filter { $0 == band }.count } == [1, 4, 4, 2])
            // Indicators only Leicestershire reports have no benchmark (N/A in the seed).
            let dental = try #require(lines["cic-dental-checks"])
            #expect(!dental.hasRank && dental.quartileBand == 0 && dental.reportingCount == 0)
            #expect(!dental.hasNeighbourAverage)
            #expect(dental.rag == .none)
        }
    }

    @Test("Row details: numerators, targets, England comparators, year-earlier EHE, suppression")
    func details() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let lines = Dictionary(
                uniqueKeysWithValues: try await host.client.report(authority: "E10000018").lines.map { ($0.indicatorId, $0) })
            let cp = try #require(lines["cp-reviews-in-timescale"])
            #expect(cp.valueDisplay == "87.4%")
            #expect(cp.hasNumerator && cp.numerator == 291 && cp.denominator == 333)  // 291 / 333 = 87.39%
            #expect(cp.previousDisplay == "82.6%")
            #expect(cp.changeDisplay == "+4.8 pp")  // 87.4 - 82.6
            #expect(cp.target?.display == ">97.2%")
            #expect(cp.target == TargetSpec(comparator: .greaterThan, value: 97.2, display: ">97.2%"))
            #expect(cp.ragBasis == .target)

            let primary = try #require(lines["primary-good-outstanding"])
            #expect(primary.target == nil)
            #expect(primary.ragBasis == .neighbourAverage)
            #expect(primary.ragReference == 91.0)
            #expect(primary.england?.display == "91.0%")
            #expect(primary.england?.areaCode == "E92000001")
            #expect(
                primary.england
                    == AreaFigure(
                        areaCode: "E92000001", areaName: "England", value: 91.0, display: "91.0%",
                        source: "Seed 002 paragraph 34"))
            #expect(primary.region == nil)  // the demo gives no regional figures

            let ehe = try #require(lines["elective-home-education"])
            #expect(ehe.previousPeriod == "FY2022-23-Q4")
            #expect(ehe.valueDisplay == "1,176")
            #expect(ehe.change == 158)  // 1,176 - 1,018
            // 158 / 1,018 = 15.5%; the seed's 13.4% divides by the new value (158 / 1,176).
            #expect((ehe.changePercent * 10).rounded() / 10 == 15.5)

            // Q3's 5 children with a plan over two years (1.1%) is a small number: withheld.
            let longPlans = try #require(lines["cpp-two-years-plus"])
            #expect(longPlans.previousSuppressed)
            #expect(longPlans.previousDisplay == "c")
            #expect(longPlans.previousValue == 0)
            #expect(!longPlans.hasChange)
            #expect(!longPlans.suppressed)
            #expect(longPlans.valueDisplay == "2.3%")

            #expect(try #require(lines["permanent-exclusions"]).valueDisplay == "0.07%")
            #expect(try #require(lines["assessments-45-days"]).trendDisplay == "No change")
        }
    }

    @Test("A report as at Q3 2023/24 shows Q3, autumn 2023 and 2022/23 values")
    func asAtQ3() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let report = try await host.client.report(authority: "E10000018", period: "Q3 2023/24")
            #expect(report.asAt == "FY2023-24-Q3")
            #expect(report.asAtLabel == "Q3 2023/24")
            let lines = Dictionary(uniqueKeysWithValues: report.lines.map { ($0.indicatorId, $0) })
            let cp = try #require(lines["cp-reviews-in-timescale"])
            #expect(cp.value == 82.6)
            #expect(!cp.hasPrevious)
            #expect(cp.trend == .none)
            #expect(cp.reportingCount == 0)  // only Leicestershire reports Q3: no benchmark
            #expect(try #require(lines["ehcp-mainstream"]).period == "AY2023-24-AUT")
            #expect(try #require(lines["permanent-exclusions"]).period == "AY2022-23")
            #expect(try #require(lines["elective-home-education"]).period == "FY2022-23-Q4")
        }
    }
}
