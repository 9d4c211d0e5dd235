public import CYPHubCore

/// How a forecast line gets its yearly figures: given explicitly, or grown from a base-year figure.
public enum LineProjection: Sendable, Hashable {
    /// One figure (£000) per plan year, in year order.
    case explicit([Double])
    /// `base` (£000) in `baseYear`, compounding by `growthPercent` a year:
    /// the figure for year `y` is `base × (1 + growthPercent / 100)^(y − baseYear)`.
    /// `baseYear` may be the plan's first year (its figure is then `base`) or any earlier year
    /// (for example the outturn year before the plan).
    case growth(base: Double, baseYear: FinancialYear, growthPercent: Double)

    /// The figures for `count` years starting at `firstYear`.
    ///
    /// An explicit projection must hold exactly `count` figures; the caller validates that
    /// (``HighNeedsPlan/validate()``), and missing figures read as 0 here.
    public func values(firstYear: FinancialYear, count: Int) -> [Double] {
        switch self {
        case .explicit(let figures):
            return (0..<count).map { $0 < figures.count ? figures[$0] : 0 }
        case .growth(let base, let baseYear, let growthPercent):
            let factor = 1 + growthPercent / 100
            return (0..<count).map { index in
                let steps = firstYear.adding(years: index).years(since: baseYear)
                return base * Self.power(factor, steps)
            }
        }
    }

    /// The same projection with its growth rate replaced: a growth projection keeps its base and base
    /// year; an explicit one keeps its first-year figure as the base and grows from there.
    public func withGrowth(_ growthPercent: Double, firstYear: FinancialYear) -> LineProjection {
        switch self {
        case .explicit(let figures):
            .growth(base: figures.first ?? 0, baseYear: firstYear, growthPercent: growthPercent)
        case .growth(let base, let baseYear, _):
            .growth(base: base, baseYear: baseYear, growthPercent: growthPercent)
        }
    }

    /// `x^n` by repeated multiplication (exact for the small whole `n` a plan uses; negative `n` divides).
    static func power(_ x: Double, _ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= x }
        return n >= 0 ? result : 1 / result
    }
}
