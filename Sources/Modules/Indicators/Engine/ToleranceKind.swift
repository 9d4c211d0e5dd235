/// How a ``Tolerance`` amount is measured.
///
/// Raw values are the wire names (`TOLERANCE_KIND_PERCENT_OF_REFERENCE` -> `"percent_of_reference"`).
public enum ToleranceKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// In the indicator's own units (percentage points for a percent).
    case absolute
    /// A percentage of the reference value: the target for RAG, the previous value for the trend rule.
    case percentOfReference = "percent_of_reference"
}
