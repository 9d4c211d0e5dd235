extension FigureUnit {
    /// Decimal places the published value and its change are rounded to: counts and rates whole, percentages to
    /// one place (`379,780`, `47`, `79.7%`).
    public var publishedDecimals: Int {
        switch self {
        case .unspecified, .count, .ratePer10000: 0
        case .percent: 1
        }
    }
}
