/// What a RAG rating was measured against.
///
/// Raw values are the wire names (`RAG_BASIS_NEIGHBOUR_AVERAGE` -> `"neighbour_average"`).
public enum RAGBasis: String, Sendable, Hashable, CaseIterable, Codable {
    /// Not rated.
    case none
    /// The indicator's local target.
    case target
    /// The England average (no-target rule `englandAverage`).
    case englandAverage = "england_average"
    /// The statistical-neighbour average (no-target rule `neighbourAverage`).
    case neighbourAverage = "neighbour_average"
}
