/// A red / amber / green rating of a value against a target.
///
/// Raw values are the wire names (`RAG_STATUS_GREEN` -> `"green"`); `RAG_STATUS_NONE` (0) means not rated.
public enum RAGStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Not rated (no target and no applicable no-target rule).
    case none
    /// The target is met.
    case green
    /// The target is missed by no more than the amber tolerance.
    case amber
    /// The target is missed by more than the amber tolerance.
    case red

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
