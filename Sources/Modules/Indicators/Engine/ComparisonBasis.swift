/// Which earlier observation an indicator's latest value is compared with.
///
/// Raw values are the wire names (`COMPARISON_BASIS_YEAR_EARLIER` -> `"year_earlier"`).
public enum ComparisonBasis: String, Sendable, Hashable, CaseIterable, Codable {
    /// The authority's latest observation before the current period (seed 002: Q3 for Q4).
    case previousPeriod = "previous_period"
    /// The same period one year earlier (seed 002's electively home educated row: Q4 2022/23).
    case yearEarlier = "year_earlier"
}
