/// What a ``NoTargetRule`` rates an indicator without a local target against.
///
/// Raw values are the wire names (`NO_TARGET_BASIS_ENGLAND_AVERAGE` -> `"england_average"`).
public enum NoTargetBasis: String, Sendable, Hashable, CaseIterable, Codable {
    /// Indicators without a target are not rated.
    case none
    /// Rated against the England comparator for the same period.
    case englandAverage = "england_average"
    /// Rated against the statistical-neighbour average for the same period.
    case neighbourAverage = "neighbour_average"
}
