/// The datasets `Import` accepts. Raw values are the wire names (`INDICATORS_DATASET_NEIGHBOURS` ->
/// `"neighbours"`); see `docs/modules/indicators.md` for each CSV template.
public enum IndicatorsDataset: String, Sendable, Hashable, CaseIterable, Codable {
    /// Not set: refused.
    case unspecified
    /// Authorities: code, name, region (gives report names and the regional comparator).
    case authorities
    /// Indicator definitions.
    case definitions
    /// Observations per authority, indicator and period.
    case observations
    /// Statistical-neighbour sets, versioned.
    case neighbours
    /// England and regional comparator figures.
    case comparators
}
