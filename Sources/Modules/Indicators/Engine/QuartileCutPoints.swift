/// The three type-7 quartiles of a set of values: the cut points between quartile bands.
public struct QuartileCutPoints: Sendable, Hashable {
    /// The 25th percentile.
    public var lower: Double
    /// The median.
    public var median: Double
    /// The 75th percentile.
    public var upper: Double

    /// Creates cut points.
    public init(lower: Double, median: Double, upper: Double) {
        self.lower = lower
        self.median = median
        self.upper = upper
    }

    /// The type-7 quartiles of `values` (floating-point noise beyond 9 decimal places removed), or `nil`
    /// when there are none.
    public init?(of values: [Double]) {
        guard let lower = Quantile.type7(values, 0.25), let median = Quantile.type7(values, 0.5),
            let upper = Quantile.type7(values, 0.75)
        else { return nil }
        self.init(
            lower: DecimalRounding.clean(lower), median: DecimalRounding.clean(median),
            upper: DecimalRounding.clean(upper))
    }

    /// The band of `value` under `polarity`; `nil` when polarity is `none`.
    ///
    /// Band 1 is the best quarter. A value equal to a cut point takes the better band:
    /// - high is good: value ≥ upper -> 1, ≥ median -> 2, ≥ lower -> 3, else 4;
    /// - low is good: value ≤ lower -> 1, ≤ median -> 2, ≤ upper -> 3, else 4.
    ///
    /// (For low is good this is DfE LAIT's banding, where band A runs up to and including the 25th
    /// percentile; high is good mirrors it.)
    public func band(of value: Double, polarity: Polarity) -> QuartileBand? {
        let v = DecimalRounding.clean(value)
        let (q1, q2, q3) = (DecimalRounding.clean(lower), DecimalRounding.clean(median), DecimalRounding.clean(upper))
        switch polarity {
        case .none: return nil
        case .highIsGood:
            if v >= q3 { return .first }
            if v >= q2 { return .second }
            if v >= q1 { return .third }
            return .fourth
        case .lowIsGood:
            if v <= q1 { return .first }
            if v <= q2 { return .second }
            if v <= q3 { return .third }
            return .fourth
        }
    }
}
