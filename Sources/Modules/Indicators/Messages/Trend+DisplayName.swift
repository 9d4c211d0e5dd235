extension Trend {
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
