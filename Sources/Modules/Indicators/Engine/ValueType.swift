/// What kind of figure an indicator is, which sets how it is computed from a numerator and denominator
/// and how it is shown.
///
/// Raw values are the wire names (`VALUE_TYPE_RATE_PER_10000` -> `"rate_per_10000"`).
public enum ValueType: String, Sendable, Hashable, CaseIterable, Codable {
    /// A count or other plain number (e.g. children with an EHCP: 2,522).
    case number
    /// A percentage, 0-100 (e.g. 87.4 for 291 of 333).
    case percent
    /// A rate per 10,000 of a population (e.g. children in care per 10,000 aged 0-17).
    case ratePer10000 = "rate_per_10000"
    /// Money in thousands of pounds (£000).
    case gbpThousands = "gbp_thousands"
    /// A duration in weeks.
    case weeks

    /// The multiplier that turns `numerator / denominator` into the figure, or `nil` when the type is not
    /// a ratio (numbers, money and weeks are never derived from a numerator and denominator).
    public var ratioScale: Double? {
        switch self {
        case .percent: 100
        case .ratePer10000: 10_000
        case .number, .gbpThousands, .weeks: nil
        }
    }

    /// A short human name ("Percent", "Rate per 10,000", "£000").
    public var displayName: String {
        switch self {
        case .number: "Number"
        case .percent: "Percent"
        case .ratePer10000: "Rate per 10,000"
        case .gbpThousands: "£000"
        case .weeks: "Weeks"
        }
    }
}
