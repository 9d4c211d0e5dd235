/// The direction of the latest value against the previous one, in the seed's wording.
///
/// It describes the value, not performance: a fall in re-referrals (low is good) is a "Decrease".
/// Raw values are the wire names (`TREND_NO_CHANGE` -> `"no_change"`); `TREND_NONE` (0) means there is
/// no previous value.
public enum Trend: String, Sendable, Hashable, CaseIterable, Codable {
    /// No previous value to compare with.
    case none
    /// The value went up.
    case increase
    /// The value did not move (at the displayed precision, or within the trend rule's tolerance).
    case noChange = "no_change"
    /// The value went down.
    case decrease

    /// "Increase", "No change", "Decrease" or "" when there is no previous value.
    public var displayName: String {
        switch self {
        case .none: ""
        case .increase: "Increase"
        case .noChange: "No change"
        case .decrease: "Decrease"
        }
    }
}
