@testable import IndicatorsModule

/// Seed 002's appendix for Leicestershire (E10000018), typed by hand as engine values (not via the
/// importer), so the engine can be tested on its own.
enum Seed002Fixture {
    static let leicestershire = "E10000018"

    static func period(_ code: String) -> ReportingPeriod {
        guard let period = ReportingPeriod(parsing: code) else { fatalError("bad period \(code)") }
        return period
    }

    static let q3 = period("FY2023-24-Q3")
    static let q4 = period("FY2023-24-Q4")

    /// Definition, previous period, previous value (+ numerator), latest period, latest value (+ numerator,
    /// denominator), the seed's trend, RAG and neighbour average.
    struct Row {
        var definition: IndicatorDefinition
        var previousPeriod: String
        var previous: Double
        var previousNumerator: Double? = nil
        var latestPeriod: String
        var latest: Double
        var numerator: Double? = nil
        var denominator: Double? = nil
        var trend: Trend
        var rag: RagStatus
        var neighbourAverage: Double? = nil
        var band: Int? = nil
    }

    static func definition(
        _ id: String, _ type: ValueType, _ polarity: Polarity, _ frequency: ReportingFrequency, _ places: Int,
        _ target: IndicatorTarget? = nil, comparison: ComparisonBasis = .previousPeriod
    ) -> IndicatorDefinition {
        IndicatorDefinition(
            id: id, name: id, valueType: type, polarity: polarity, frequency: frequency, decimalPlaces: places,
            target: target, amberTolerance: target == nil ? .zero : .percent(20), comparison: comparison)
    }

    static let rows: [Row] = [
        Row(
            definition: definition("ehcp-mainstream", .number, .none, .term, 0),
            previousPeriod: "AY2023-24-AUT", previous: 2446, latestPeriod: "AY2023-24-SPR", latest: 2522,
            trend: .increase, rag: .none),
        Row(
            definition: definition("sen-support-mainstream", .number, .none, .term, 0),
            previousPeriod: "AY2023-24-AUT", previous: 12579, latestPeriod: "AY2023-24-SPR", latest: 12968,
            trend: .increase, rag: .none),
        Row(
            definition: definition(
                "cp-reviews-in-timescale", .percent, .highIsGood, .quarter, 1,
                IndicatorTarget(.greaterThan, 97.2)),
            previousPeriod: "FY2023-24-Q3", previous: 82.6, previousNumerator: 266, latestPeriod: "FY2023-24-Q4",
            latest: 87.4, numerator: 291, denominator: 333, trend: .increase, rag: .amber, neighbourAverage: 88.2,
            band: 3),
        Row(
            definition: definition(
                "cpp-second-time", .percent, .lowIsGood, .quarter, 1,
                IndicatorTarget(.lessThan, 20.8)),
            previousPeriod: "FY2023-24-Q3", previous: 28.7, latestPeriod: "FY2023-24-Q4", latest: 26.8,
            trend: .decrease, rag: .red, neighbourAverage: 23.3, band: 4),
        Row(
            definition: definition(
                "re-referrals-12-months", .percent, .lowIsGood, .quarter, 1,
                IndicatorTarget(.lessThan, 18.7)),
            previousPeriod: "FY2023-24-Q3", previous: 24.1, latestPeriod: "FY2023-24-Q4", latest: 24.1,
            numerator: 1494, denominator: 6212, trend: .noChange, rag: .red, neighbourAverage: 19.8, band: 4),
        Row(
            definition: definition(
                "assessments-45-days", .percent, .highIsGood, .quarter, 1,
                IndicatorTarget(.greaterThan, 90.3)),
            previousPeriod: "FY2023-24-Q3", previous: 88.9, latestPeriod: "FY2023-24-Q4", latest: 88.6,
            trend: .noChange, rag: .amber, neighbourAverage: 82.5, band: 2),
        Row(
            definition: definition(
                "cpp-two-years-plus", .percent, .lowIsGood, .quarter, 1,
                IndicatorTarget(.lessThan, 3.0)),
            previousPeriod: "FY2023-24-Q3", previous: 1.1, previousNumerator: 5, latestPeriod: "FY2023-24-Q4",
            latest: 2.3, numerator: 10, trend: .increase, rag: .green, neighbourAverage: 1.5, band: 2),
        Row(
            definition: definition(
                "care-leavers-suitable-accommodation", .percent, .highIsGood, .quarter, 1,
                IndicatorTarget(.greaterThan, 92.0)),
            previousPeriod: "FY2023-24-Q3", previous: 95.8, latestPeriod: "FY2023-24-Q4", latest: 95.1,
            numerator: 408, denominator: 429, trend: .decrease, rag: .green, neighbourAverage: 89.9, band: 1),
        Row(
            definition: definition(
                "care-leavers-eet", .percent, .highIsGood, .quarter, 1,
                IndicatorTarget(.greaterThan, 54.0)),
            previousPeriod: "FY2023-24-Q3", previous: 61.6, latestPeriod: "FY2023-24-Q4", latest: 60.6,
            numerator: 260, denominator: 429, trend: .decrease, rag: .green, neighbourAverage: 56.6, band: 2),
        Row(
            definition: definition("cic-dental-checks", .percent, .highIsGood, .quarter, 1),
            previousPeriod: "FY2023-24-Q3", previous: 65.4, latestPeriod: "FY2023-24-Q4", latest: 76.6,
            numerator: 557, trend: .increase, rag: .none),
        Row(
            definition: definition("cic-health-assessments", .percent, .highIsGood, .quarter, 1),
            previousPeriod: "FY2023-24-Q3", previous: 62.1, latestPeriod: "FY2023-24-Q4", latest: 76.3,
            numerator: 555, trend: .increase, rag: .none),
        Row(
            definition: definition("feee-2-year-olds", .percent, .highIsGood, .term, 1),
            previousPeriod: "AY2023-24-AUT", previous: 79.4, latestPeriod: "AY2023-24-SPR", latest: 71.2,
            trend: .decrease, rag: .none),
        Row(
            definition: definition("feee-3-year-olds", .percent, .highIsGood, .term, 1),
            previousPeriod: "AY2023-24-AUT", previous: 93.6, latestPeriod: "AY2023-24-SPR", latest: 89.8,
            trend: .decrease, rag: .none),
        Row(
            definition: definition("feee-high-quality", .percent, .highIsGood, .term, 1),
            previousPeriod: "AY2023-24-AUT", previous: 97.1, latestPeriod: "AY2023-24-SPR", latest: 97.3,
            trend: .increase, rag: .none),
        Row(
            definition: definition("primary-good-outstanding", .percent, .highIsGood, .quarter, 1),
            previousPeriod: "FY2023-24-Q3", previous: 90.3, latestPeriod: "FY2023-24-Q4", latest: 90.3,
            numerator: 204, denominator: 226, trend: .noChange, rag: .amber, neighbourAverage: 91.0, band: 3),
        Row(
            definition: definition("secondary-good-outstanding", .percent, .highIsGood, .quarter, 1),
            previousPeriod: "FY2023-24-Q3", previous: 77.8, latestPeriod: "FY2023-24-Q4", latest: 77.8,
            numerator: 35, denominator: 45, trend: .noChange, rag: .amber, neighbourAverage: 85.0, band: 3),
        Row(
            definition: definition("pupils-good-outstanding-schools", .percent, .highIsGood, .quarter, 1),
            previousPeriod: "FY2023-24-Q3", previous: 85.7, latestPeriod: "FY2023-24-Q4", latest: 85.9,
            trend: .increase, rag: .amber, neighbourAverage: 89.8, band: 3),
        Row(
            definition: definition(
                "elective-home-education", .number, .none, .quarter, 0,
                comparison: .yearEarlier),
            previousPeriod: "FY2022-23-Q4", previous: 1018, latestPeriod: "FY2023-24-Q4", latest: 1176,
            trend: .increase, rag: .none),
        Row(
            definition: definition(
                "neet-16-17", .percent, .lowIsGood, .quarter, 1,
                IndicatorTarget(.lessThan, 2.1)),
            previousPeriod: "FY2023-24-Q3", previous: 0.7, latestPeriod: "FY2023-24-Q4", latest: 0.8,
            numerator: 118, trend: .increase, rag: .green, neighbourAverage: 3.5, band: 2),
        Row(
            definition: definition("permanent-exclusions", .percent, .lowIsGood, .academicYear, 2),
            previousPeriod: "AY2021-22", previous: 0.02, previousNumerator: 24, latestPeriod: "AY2022-23",
            latest: 0.07, numerator: 67, trend: .increase, rag: .none),
        Row(
            definition: definition("suspensions", .percent, .lowIsGood, .academicYear, 2),
            previousPeriod: "AY2021-22", previous: 2.47, previousNumerator: 2482, latestPeriod: "AY2022-23",
            latest: 3.13, numerator: 3161, trend: .increase, rag: .none),
    ]

    static var definitions: [IndicatorDefinition] { rows.map(\.definition) }

    /// Leicestershire's previous and latest observations.
    static var observations: [IndicatorObservation] {
        rows.flatMap { row in
            [
                IndicatorObservation(
                    authorityCode: leicestershire, indicatorID: row.definition.id, period: period(row.previousPeriod),
                    value: row.previous, numerator: row.previousNumerator, source: "Seed 002"),
                IndicatorObservation(
                    authorityCode: leicestershire, indicatorID: row.definition.id, period: period(row.latestPeriod),
                    value: row.latest, numerator: row.numerator, denominator: row.denominator, source: "Seed 002"),
            ]
        }
    }

    /// Two neighbours per row with a neighbour average, one at the average minus 1 and one plus 1, so their
    /// mean is the seed's average.
    static let neighbourSet = NeighbourSet(
        authorityCode: leicestershire, version: "test", effectiveDate: "2024-01-01", neighbourCodes: ["N1", "N2"])

    static var neighbourObservations: [IndicatorObservation] {
        rows.flatMap { row -> [IndicatorObservation] in
            guard let average = row.neighbourAverage else { return [] }
            return [
                IndicatorObservation(
                    authorityCode: "N1", indicatorID: row.definition.id, period: period(row.latestPeriod),
                    value: average - 0.5),
                IndicatorObservation(
                    authorityCode: "N2", indicatorID: row.definition.id, period: period(row.latestPeriod),
                    value: average + 0.5),
            ]
        }
    }
}
