/// Which movements a ``TrendRule``'s tolerance turns into "No change".
///
/// Raw values are the wire names (`TREND_TOLERANCE_SCOPE_WORSENING_ONLY` -> `"worsening_only"`).
public enum TrendToleranceScope: String, Sendable, Hashable, CaseIterable, Codable {
    /// Small movements either way are "No change".
    case bothDirections = "both_directions"
    /// Only small deteriorations (by the indicator's polarity) are "No change"; any improvement is
    /// reported. With polarity `none` no tolerance applies.
    case worseningOnly = "worsening_only"
}
