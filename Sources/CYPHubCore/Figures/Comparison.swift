/// A figure against an earlier one: the change and the % change, computed from unrounded values.
///
/// `percentChange` is `nil` when the earlier value is 0: a % change from nothing is undefined
/// (council tables print "-").
public struct Comparison: Sendable, Hashable {
    /// The current value.
    public let current: Double
    /// The earlier value.
    public let previous: Double
    /// `current - previous`.
    public var change: Double { current - previous }
    /// `(current - previous) / previous × 100`, or `nil` when `previous` is 0.
    public var percentChange: Double? { previous == 0 ? nil : (current - previous) / previous * 100 }

    /// Compares `current` with `previous`.
    public init(current: Double, previous: Double) {
        self.current = current
        self.previous = previous
    }
}

/// Shared arithmetic for children's services figures.
public enum Rates {
    /// `count / population × 10,000`: the rate per 10,000 children that DfE and councils publish;
    /// `nil` when the population is not positive.
    public static func per10000(_ count: Double, of population: Double) -> Double? {
        population > 0 ? count / population * 10_000 : nil
    }

    /// `part / whole × 100`, or `nil` when `whole` is 0.
    public static func percent(_ part: Double, of whole: Double) -> Double? {
        whole != 0 ? part / whole * 100 : nil
    }
}
