import Testing

@testable import IndicatorsModule

@Suite("Indicator engine")
struct IndicatorEngineTests {
    let leics = Seed002Fixture.leicestershire

    func seedReport(
        options: IndicatorEngine.Options = .seed002, asOf: ReportingPeriod? = nil,
        comparators: [AreaComparator] = []
    ) -> [String: IndicatorReportRow] {
        let rows = IndicatorEngine(options: options).report(
            for: leics, asOf: asOf, definitions: Seed002Fixture.definitions,
            observations: Seed002Fixture.observations + Seed002Fixture.neighbourObservations,
            neighbours: Seed002Fixture.neighbourSet, comparators: comparators)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.definition.id, $0) })
    }

    @Test("The seed 002 conventions reproduce every trend and RAG cell of the appendix")
    func seedColumns() throws {
        let report = seedReport()
        #expect(report.count == 21)
        for row in Seed002Fixture.rows {
            let result = try #require(report[row.definition.id])
            #expect(result.trend == row.trend, "trend of \(row.definition.id)")
            #expect(result.rag == row.rag, "RAG of \(row.definition.id)")
            #expect(result.period.code == row.latestPeriod)
            #expect(result.previousPeriod?.code == row.previousPeriod)
            if let average = row.neighbourAverage {
                let computed = try #require(result.neighbourAverage)
                #expect(result.definition.displayed(computed.value) == average)
                #expect(computed.reportingCount == 2)
            }
        }
    }

    @Test("Without the no-target rule the three school rows are not rated")
    func noTargetRuleOff() throws {
        let report = seedReport(options: IndicatorEngine.Options(trendRule: .seed002))
        let primary = try #require(report["primary-good-outstanding"])
        #expect(primary.rag == .none)
        #expect(primary.ragBasis == .none)
        #expect(try #require(report["cp-reviews-in-timescale"]).rag == .amber)
    }

    @Test("The England-average basis also rates the school rows amber (90.3 vs 91, 77.8 vs 82.9, 85.9 vs 89.6)")
    func englandBasis() throws {
        let q4 = Seed002Fixture.q4
        let england = [
            ("primary-good-outstanding", 91.0), ("secondary-good-outstanding", 82.9),
            ("pupils-good-outstanding-schools", 89.6),
        ].map {
            AreaComparator(
                indicatorID: $0.0, period: q4, areaType: .england, areaCode: "E92000001",
                areaName: "England", value: $0.1)
        }
        var options = IndicatorEngine.Options.seed002
        options.noTargetRule = NoTargetRule(basis: .englandAverage, tolerance: .percent(20))
        let report = seedReport(options: options, comparators: england)
        for id in ["primary-good-outstanding", "secondary-good-outstanding", "pupils-good-outstanding-schools"] {
            let row = try #require(report[id])
            #expect(row.rag == .amber)
            #expect(row.ragBasis == .englandAverage)
            #expect(row.england?.value == row.ragReference)
        }
        // No England figure for the FEEE rows: still not rated.
        #expect(try #require(report["feee-2-year-olds"]).rag == .none)
        // A tight 5% band makes secondary (5.1 below 82.9; margin 4.145) red.
        options.noTargetRule = NoTargetRule(basis: .englandAverage, tolerance: .percent(5))
        #expect(
            try #require(seedReport(options: options, comparators: england)["secondary-good-outstanding"]).rag
                == .red)
    }

    @Test("Numerators, changes and displays for the CP reviews row")
    func cpReviews() throws {
        let row = try #require(seedReport()["cp-reviews-in-timescale"])
        #expect(row.value == 87.4)
        #expect(row.numerator == 291)
        #expect(row.denominator == 333)
        #expect(row.valueDisplay == "87.4%")
        #expect(row.previousValue == 82.6)
        #expect(row.change == 4.8)  // 87.4 - 82.6
        #expect(row.changeDisplay == "+4.8 pp")
        #expect(row.targetDisplay == ">97.2%")
        #expect(row.ragBasis == .target)
        #expect(row.ragReference == 97.2)
        #expect(!row.suppressed)
    }

    @Test("A suppressed previous value shows c, has no change, keeps its trend")
    func suppression() throws {
        // CPP lasting 2 years+: Q3 was 5 children (1.1%) -> suppressed; Q4 10 children (2.3%) -> shown.
        let row = try #require(seedReport()["cpp-two-years-plus"])
        #expect(!row.suppressed)
        #expect(row.valueDisplay == "2.3%")
        #expect(row.previousSuppressed)
        #expect(row.previousValue == 0)
        #expect(row.previousDisplay == "c")
        #expect(row.change == nil)
        #expect(row.changeDisplay == "")
        #expect(row.trend == .increase)
        // An internal view may turn suppression off.
        var options = IndicatorEngine.Options.seed002
        options.suppressSmallNumbers = false
        let unsuppressed = try #require(seedReport(options: options)["cpp-two-years-plus"])
        #expect(unsuppressed.previousValue == 1.1)
        #expect(unsuppressed.change == 1.2)  // 2.3 - 1.1
    }

    @Test("A suppressed current value is zeroed with its numerator withheld")
    func suppressedCurrent() throws {
        let definition = IndicatorDefinition(
            id: "x", name: "x", valueType: .percent, polarity: .lowIsGood, frequency: .quarter, decimalPlaces: 1)
        let observations = [
            IndicatorObservation(
                authorityCode: leics, indicatorID: "x", period: Seed002Fixture.q3, value: 2.0,
                numerator: 8, denominator: 400),
            IndicatorObservation(
                authorityCode: leics, indicatorID: "x", period: Seed002Fixture.q4, value: 0.8,
                numerator: 3, denominator: 375),
        ]
        let row = try #require(IndicatorEngine().evaluate(definition, for: leics, observations: observations))
        #expect(row.suppressed)
        #expect(row.value == 0)
        #expect(row.numerator == nil)
        #expect(row.denominator == 375)
        #expect(row.valueDisplay == "c")
        #expect(row.previousDisplay == "2.0%")
        #expect(row.change == nil)
        #expect(row.trend == .decrease)
    }

    @Test("As at Q3 2023/24: quarters show Q3, terms show Autumn 2023, years show 2022/23")
    func asOf() throws {
        let report = seedReport(asOf: Seed002Fixture.q3)
        let cp = try #require(report["cp-reviews-in-timescale"])
        #expect(cp.period.code == "FY2023-24-Q3")
        #expect(cp.value == 82.6)
        #expect(cp.previousPeriod == nil)
        #expect(cp.trend == .none)
        #expect(try #require(report["ehcp-mainstream"]).period.code == "AY2023-24-AUT")
        #expect(try #require(report["permanent-exclusions"]).period.code == "AY2022-23")
        // EHE compares with a year earlier; at Q3 2023/24 its latest is Q4 2022/23, with no Q4 2021/22.
        let ehe = try #require(report["elective-home-education"])
        #expect(ehe.period.code == "FY2022-23-Q4")
        #expect(ehe.previousPeriod == nil)
        // Before any data: nothing to report.
        #expect(seedReport(asOf: ReportingPeriod(parsing: "FY2019-20-Q1")).isEmpty)
    }

    @Test("Year-earlier comparison skips the quarter in between")
    func yearEarlier() throws {
        let definition = Seed002Fixture.definition(
            "elective-home-education", .number, .none, .quarter, 0,
            comparison: .yearEarlier)
        let observations = [
            ("FY2022-23-Q4", 1018.0), ("FY2023-24-Q3", 1150.0), ("FY2023-24-Q4", 1176.0),
        ].map {
            IndicatorObservation(
                authorityCode: leics, indicatorID: definition.id,
                period: Seed002Fixture.period($0.0), value: $0.1)
        }
        let row = try #require(IndicatorEngine().evaluate(definition, for: leics, observations: observations))
        #expect(row.previousPeriod?.code == "FY2022-23-Q4")
        #expect(row.change == 158)  // 1,176 - 1,018
        // 158 / 1,018 = 15.52%; the seed's "13.4%" is 158 / 1,176 (divided by the new value).
        #expect(DecimalRounding.round(try #require(row.changePercent), places: 1) == 15.5)
        #expect(row.changeDisplay == "+158")
    }

    @Test("Rank, band and N among all authorities reporting the same period; none below the minimum")
    func benchmark() throws {
        let definition = Seed002Fixture.definition("re-referrals-12-months", .percent, .lowIsGood, .quarter, 1)
        func observation(_ code: String, _ value: Double, _ period: ReportingPeriod = Seed002Fixture.q4)
            -> IndicatorObservation
        {
            IndicatorObservation(authorityCode: code, indicatorID: definition.id, period: period, value: value)
        }
        // Q4 values: A 24.1 (reported on), B 18.0, C 20.0, D 22.0, E 26.0; F reports only Q3 (not counted).
        // Sorted 18, 20, 22, 24.1, 26 (n = 5): Q1 = 20, median 22, Q3 = 24.1 (h = 4). Low is good:
        // 24.1 <= 24.1 -> band 3; 3 lower values -> rank 4 of 5.
        var observations = [
            observation("A", 24.1), observation("B", 18.0), observation("C", 20.0), observation("D", 22.0),
            observation("E", 26.0), observation("F", 1.0, Seed002Fixture.q3),
        ]
        let row = try #require(IndicatorEngine().evaluate(definition, for: "A", observations: observations))
        let benchmark = try #require(row.benchmark)
        #expect(benchmark.reportingCount == 5)
        #expect(benchmark.rank == 4)
        #expect(benchmark.band == .third)
        // With only 3 authorities reporting, there is no benchmark.
        observations.removeAll { ["D", "E"].contains($0.authorityCode) }
        let few = try #require(IndicatorEngine().evaluate(definition, for: "A", observations: observations))
        #expect(few.benchmark == nil)
    }

    @Test("The regional comparator is the authority's own region's")
    func regionComparator() throws {
        let q4 = Seed002Fixture.q4
        let comparators = [
            AreaComparator(
                indicatorID: "care-leavers-eet", period: q4, areaType: .region, areaCode: "E12000004",
                areaName: "East Midlands", value: 55.0),
            AreaComparator(
                indicatorID: "care-leavers-eet", period: q4, areaType: .region, areaCode: "E12000005",
                areaName: "West Midlands", value: 50.0),
            AreaComparator(
                indicatorID: "care-leavers-eet", period: Seed002Fixture.q3, areaType: .england,
                areaCode: "E92000001", areaName: "England", value: 52.0),
        ]
        let rows = IndicatorEngine(options: .seed002).report(
            for: leics, definitions: Seed002Fixture.definitions, observations: Seed002Fixture.observations,
            comparators: comparators, regionCode: "E12000004")
        let row = try #require(rows.first { $0.definition.id == "care-leavers-eet" })
        #expect(row.region?.areaName == "East Midlands")
        #expect(row.england == nil)  // the England figure is for Q3, not the Q4 value shown
    }
}
