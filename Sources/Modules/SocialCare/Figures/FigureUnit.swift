/// How a figure is measured, which decides how it is published (rounded and written).
///
/// The raw values are the wire names (`FIGURE_UNIT_RATE_PER_10000` is `rate_per_10000`).
public enum FigureUnit: String, Sendable, Hashable, Codable {
    /// A count: published whole, with thousands separators (`379,780`); changes likewise (`6,381`).
    case count
    /// A rate per 10,000 children aged 0-17: published whole (`47`), changes whole (`1`).
    case ratePer10000 = "rate_per_10000"
    /// A percentage: published to one decimal place (`79.7%`); changes in percentage points, also
    /// to one decimal place and written with `%` as the seed does (`5.3%`).
    case percent

    /// Decimal places the published value and its change are rounded to.
    public var publishedDecimals: Int {
        switch self {
        case .count, .ratePer10000: 0
        case .percent: 1
        }
    }
}
