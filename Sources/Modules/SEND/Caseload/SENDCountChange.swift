/// A count against an earlier one (the previous snapshot, or the one a year before).
public struct SENDCountChange: Sendable, Hashable, Codable {
    /// Whether there is an earlier count to compare with; the other fields are 0 / empty when not.
    public var hasPrevious: Bool
    /// The earlier count's date, `YYYY-MM-DD`.
    public var previousAsAt: String
    /// The earlier count's period label.
    public var previousPeriodLabel: String
    /// The earlier count.
    public var previous: Int
    /// Current − earlier.
    public var change: Int
    /// Whether the % change is defined (the earlier count is not 0).
    public var hasPercentChange: Bool
    /// (Current − earlier) ÷ earlier × 100, unrounded.
    public var percentChange: Double

    /// Nothing to compare with.
    public static let none = SENDCountChange(
        hasPrevious: false, previousAsAt: "", previousPeriodLabel: "", previous: 0, change: 0,
        hasPercentChange: false, percentChange: 0
    )
}
