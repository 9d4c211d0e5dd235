/// The performance-indicator engine: pure functions from definitions, observations, neighbour sets and
/// comparators to report rows. No storage, no I/O; any module can feed it observations.
///
/// For each indicator it finds the authority's latest observation (at or before an "as at" period), the
/// observation it is compared with, the change and trend wording, the RAG rating, the national rank and
/// quartile band among every authority reporting the same period, the statistical-neighbour average and the
/// England and regional comparators, and applies small-number suppression. The rules are documented on
/// ``TrendRule``, ``IndicatorTarget/assess(_:tolerance:decimalPlaces:)``, ``NoTargetRule``,
/// ``QuartileCutPoints/band(of:polarity:)`` and ``SmallNumberSuppression``.
public struct IndicatorEngine: Sendable {
    /// The rules the engine applies.
    public var options: Options

    /// Creates an engine.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The report rows for `authorityCode`, one per definition that the authority has an observation for,
    /// in the order of `definitions`.
    ///
    /// - Parameters:
    ///   - asOf: report each indicator's latest observation whose period ends on or before this period's
    ///     last month; `nil` for the latest observation of each indicator.
    ///   - observations: observations of every authority (needed for ranks and the neighbour average).
    ///   - neighbours: the authority's neighbour set, if any.
    ///   - comparators: England and regional figures.
    ///   - regionCode: the authority's region, to pick its regional comparator.
    public func report(
        for authorityCode: String,
        asOf: ReportingPeriod? = nil,
        definitions: [IndicatorDefinition],
        observations: [IndicatorObservation],
        neighbours: NeighbourSet? = nil,
        comparators: [AreaComparator] = [],
        regionCode: String? = nil
    ) -> [IndicatorReportRow] {
        let observationsByIndicator = Dictionary(grouping: observations, by: \.indicatorID)
        let comparatorsByIndicator = Dictionary(grouping: comparators, by: \.indicatorID)
        return definitions.compactMap { definition in
            evaluate(
                definition, for: authorityCode, asOf: asOf,
                observations: observationsByIndicator[definition.id] ?? [], neighbours: neighbours,
                comparators: comparatorsByIndicator[definition.id] ?? [], regionCode: regionCode)
        }
    }

    /// The report row for one indicator, or `nil` when the authority has no observation of it (at or
    /// before `asOf`). Observations and comparators of other indicators are ignored.
    public func evaluate(
        _ definition: IndicatorDefinition,
        for authorityCode: String,
        asOf: ReportingPeriod? = nil,
        observations: [IndicatorObservation],
        neighbours: NeighbourSet? = nil,
        comparators: [AreaComparator] = [],
        regionCode: String? = nil
    ) -> IndicatorReportRow? {
        let relevant = observations.filter {
            $0.indicatorID == definition.id && $0.period.frequency == definition.frequency
        }
        let own = relevant.filter { $0.authorityCode == authorityCode }
        let eligible = own.filter { asOf == nil || $0.period.lastMonthNumber <= (asOf?.lastMonthNumber ?? 0) }
        guard let current = eligible.max(by: { $0.period < $1.period }) else { return nil }
        let previous: IndicatorObservation? =
            switch definition.comparison {
            case .previousPeriod: own.filter { $0.period < current.period }.max { $0.period < $1.period }
            case .yearEarlier: own.first { $0.period == current.period.yearEarlier }
            }

        // One value per authority for the period: the peers for rank, quartiles and the neighbour average.
        var seen = Set<String>()
        let peers = relevant.filter { $0.period == current.period && seen.insert($0.authorityCode).inserted }
        let benchmark =
            peers.count >= options.minimumForBenchmark
            ? NationalBenchmark.compute(
                value: current.value, among: peers.map(\.value), polarity: definition.polarity,
                decimalPlaces: definition.decimalPlaces)
            : nil
        let neighbourAverage = neighbours.flatMap { NeighbourAverage.compute(set: $0, observations: peers) }
        let sameIndicatorAndPeriod = comparators.filter {
            $0.indicatorID == definition.id && $0.period == current.period
        }
        let england = sameIndicatorAndPeriod.first { $0.areaType == .england }
        let region = regionCode.flatMap { code in
            sameIndicatorAndPeriod.first { $0.areaType == .region && $0.areaCode == code }
        }

        let (rag, basis, reference) = rate(
            current.value, definition: definition, england: england, neighbourAverage: neighbourAverage)
        return present(
            definition: definition, current: current, previous: previous, rag: rag, basis: basis,
            reference: reference, benchmark: benchmark, neighbourAverage: neighbourAverage, england: england,
            region: region)
    }

    /// The RAG rating of `value`: against the target when there is one, otherwise by the no-target rule.
    func rate(
        _ value: Double,
        definition: IndicatorDefinition,
        england: AreaComparator?,
        neighbourAverage: NeighbourAverage?
    ) -> (RagStatus, RagBasis, Double?) {
        if let target = definition.target {
            let status = target.assess(
                value, tolerance: definition.amberTolerance, decimalPlaces: definition.decimalPlaces)
            return (status, .target, target.value)
        }
        let rule = options.noTargetRule
        let average: Double?
        let basis: RagBasis
        switch rule.basis {
        case .none: return (.none, .none, nil)
        case .englandAverage: (average, basis) = (england?.value, .englandAverage)
        case .neighbourAverage: (average, basis) = (neighbourAverage?.value, .neighbourAverage)
        }
        guard let average, let comparator = TargetComparator.implied(by: definition.polarity) else {
            return (.none, .none, nil)
        }
        let reference = definition.displayed(average)
        let status = IndicatorTarget(comparator, reference).assess(
            value, tolerance: rule.tolerance, decimalPlaces: definition.decimalPlaces)
        return (status, basis, reference)
    }
}
