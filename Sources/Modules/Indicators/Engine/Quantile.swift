/// Sample quantiles.
public enum Quantile {
    /// The type-7 sample quantile (Hyndman and Fan; the default of R's `quantile`, Excel's
    /// `QUARTILE.INC`) of `values` at probability `p` in 0...1, or `nil` when `values` is empty.
    ///
    /// With the values sorted ascending as x₁ ≤ … ≤ xₙ: h = (n − 1)p + 1, and
    /// Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). For 10, 20, 30, 40, 50 the quartiles are 20, 30, 40.
    public static func type7(_ values: [Double], _ p: Double) -> Double? {
        let sorted = values.sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        let probability = min(1, max(0, p))
        let h = Double(sorted.count - 1) * probability  // zero-based position
        let lower = Int(h.rounded(.down))
        if lower >= sorted.count - 1 { return last }
        if lower < 0 { return first }
        let fraction = h - Double(lower)
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }
}
