/// How the trend wording ("Increase", "No change", "Decrease") is decided.
///
/// Both values are first rounded to the indicator's decimal places, so equal displayed figures are always
/// "No change" (24.1 -> 24.1). A movement whose size is within ``tolerance`` (measured against the previous
/// value) is also "No change" when ``scope`` lets the tolerance apply to it.
///
/// ## The seed 002 convention
///
/// Seed 002's trend column says 88.9 -> 88.6 (assessments in 45 days, high is good) is "No change", yet
/// 97.1 -> 97.3 and 85.7 -> 85.9 are "Increase" and 0.7 -> 0.8 (NEET, low is good) is "Increase". No
/// symmetric rule fits: a 0.3 fall cannot be "No change" while a 0.2 rise is a change, whether the margin is
/// absolute (0.3 > 0.2) or relative (0.34% > 0.21%). The rule that reproduces all 21 rows is a relative
/// tolerance applied to deteriorations only: ``seed002`` = 0.5% of the previous value, worsening only.
/// Any percentage above 0.338% (0.3 / 88.9) and below 0.731% (0.7 / 95.8, the smallest deterioration the
/// seed calls a "Decrease") reproduces the column; 0.5% is the round number in that range.
public struct TrendRule: Sendable, Hashable {
    /// The "No change" band, measured against the previous value.
    public var tolerance: Tolerance
    /// Which movements the band applies to.
    public var scope: TrendToleranceScope

    /// Creates a rule.
    public init(tolerance: Tolerance = .zero, scope: TrendToleranceScope = .bothDirections) {
        self.tolerance = tolerance
        self.scope = scope
    }

    /// Compare at the displayed precision only: any displayed movement is reported.
    public static let displayedPrecision = TrendRule()

    /// The convention that reproduces seed 002's trend column: 0.5% of the previous value, worsening only.
    public static let seed002 = TrendRule(tolerance: .percent(0.5), scope: .worseningOnly)

    /// The trend from `previous` to `current` for an indicator shown to `decimalPlaces` with `polarity`.
    public func trend(from previous: Double, to current: Double, polarity: Polarity, decimalPlaces: Int) -> Trend {
        let old = DecimalRounding.round(previous, places: decimalPlaces)
        let new = DecimalRounding.round(current, places: decimalPlaces)
        let change = DecimalRounding.clean(new - old)
        if change == 0 { return .noChange }
        let applies =
            switch scope {
            case .bothDirections: true
            case .worseningOnly: polarity.isWorsening(from: old, to: new)
            }
        if applies, abs(change) <= DecimalRounding.clean(tolerance.margin(relativeTo: old)) {
            return .noChange
        }
        return change > 0 ? .increase : .decrease
    }
}
