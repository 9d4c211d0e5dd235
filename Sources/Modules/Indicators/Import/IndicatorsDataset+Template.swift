extension IndicatorsDataset {
    /// The datasets a file can hold, in the order they are best loaded (authorities and definitions
    /// first: observations and comparators name definitions).
    public static let importable: [IndicatorsDataset] = [
        .authorities, .definitions, .observations, .neighbours, .comparators,
    ]

    /// `authorities, definitions, observations, neighbours, comparators`.
    public static var names: String { importable.map(\.rawValue).joined(separator: ", ") }

    /// The columns a file must have.
    public var requiredColumns: [String] {
        switch self {
        case .unspecified: []
        case .authorities: ["authority_code", "name"]
        case .definitions: ["indicator_id", "name", "value_type", "polarity", "frequency", "decimal_places"]
        case .observations: ["authority_code", "indicator_id", "period"]
        case .neighbours: ["version", "effective_date", "authority_code", "position", "neighbour_code"]
        case .comparators: ["indicator_id", "period", "area_type", "area_code", "area_name", "value"]
        }
    }

    /// The columns a file may have.
    public var optionalColumns: [String] {
        switch self {
        case .unspecified, .neighbours: []
        case .authorities: ["region_code", "region_name", "synthetic"]
        case .definitions:
            ["target_comparator", "target_value", "amber_tolerance", "amber_tolerance_kind", "comparison"]
        case .observations: ["value", "numerator", "denominator", "source"]
        case .comparators: ["source"]
        }
    }

    /// The header line of the dataset's CSV template (required columns, then optional ones).
    public var templateHeader: String {
        (requiredColumns + optionalColumns).joined(separator: ",")
    }
}
