/// Whether a snapshot row could be compared with the earlier snapshot.
///
/// The raw values are the wire names (`COMPARISON_STATUS_NO_EARLIER_SNAPSHOT` is
/// `no_earlier_snapshot`).
public enum ComparisonStatus: String, Sendable, Hashable, Codable {
    /// Compared: the change is set (the % change may still be undefined when the earlier value is 0).
    case compared
    /// No snapshot is dated on or before 13 weeks (91 days) before this one: nothing to compare with.
    case noEarlierSnapshot = "no_earlier_snapshot"
    /// There is an earlier snapshot, but this figure is missing in it or in this one (for example no
    /// worker records for the team type on one of the dates).
    case notAvailable = "not_available"
}
