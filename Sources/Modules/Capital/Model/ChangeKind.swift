/// How a project differs between two versions of a programme (`CHANGE_KIND_COST_CHANGED` is `cost_changed`).
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only in the later version.
    case added
    /// Only in the earlier version.
    case dropped
    /// The same gross cost with a different profile by year.
    case rephased
    /// A different gross cost.
    case costChanged = "cost_changed"
    /// The same gross cost and profile.
    case unchanged
}
