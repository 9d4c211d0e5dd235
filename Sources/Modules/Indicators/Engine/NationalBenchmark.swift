/// Where one authority's value stands among every authority reporting the indicator for the same period.
public struct NationalBenchmark: Sendable, Hashable {
    /// 1 = best; tied values share the best rank of the tie (1, 2, 2, 4). `nil` when polarity is `none`.
    public var rank: Int?
    /// How many authorities report the indicator for the period (the "of N").
    public var reportingCount: Int
    /// The quartile band; `nil` when polarity is `none`.
    public var band: QuartileBand?
    /// The type-7 quartiles of all reported values.
    public var cutPoints: QuartileCutPoints

    /// Creates a benchmark.
    public init(rank: Int?, reportingCount: Int, band: QuartileBand?, cutPoints: QuartileCutPoints) {
        self.rank = rank
        self.reportingCount = reportingCount
        self.band = band
        self.cutPoints = cutPoints
    }

    /// Benchmarks `value` among `values` (every reporting authority's value, including this one; missing
    /// authorities are simply absent). Values are compared at `decimalPlaces`, so figures that display the
    /// same tie. Returns `nil` when `values` is empty.
    public static func compute(
        value: Double,
        among values: [Double],
        polarity: Polarity,
        decimalPlaces: Int
    ) -> NationalBenchmark? {
        let shown = values.map { DecimalRounding.round($0, places: decimalPlaces) }
        let own = DecimalRounding.round(value, places: decimalPlaces)
        guard let cutPoints = QuartileCutPoints(of: shown) else { return nil }
        let rank: Int? =
            polarity == .none ? nil : 1 + shown.filter { polarity.isBetter($0, than: own) }.count
        return NationalBenchmark(
            rank: rank, reportingCount: shown.count, band: cutPoints.band(of: own, polarity: polarity),
            cutPoints: cutPoints)
    }
}
