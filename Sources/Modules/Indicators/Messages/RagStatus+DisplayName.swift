extension RagStatus {
    /// "Green", "Amber", "Red" or "N/A".
    public var displayName: String {
        switch self {
        case .none: "N/A"
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        }
    }
}
