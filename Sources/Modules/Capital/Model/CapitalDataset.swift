/// The CSV files of a capital programme import. The raw value is an import file's `dataset`.
public enum CapitalDataset: String, Sendable, Hashable, CaseIterable {
    /// One row per project: cost, category, completion, places.
    case projects
    /// One row per project and financial year: the phased spend.
    case spend
    /// One row per funding source, kind, year (and optionally project).
    case funding

    /// Whether every import must include this file.
    public var isRequired: Bool { self != .funding }

    /// Columns every file must have.
    public var requiredColumns: [String] {
        switch self {
        case .projects: ["project_id", "name", "category", "gross_cost"]
        case .spend: ["project_id", "year", "amount"]
        case .funding: ["source", "kind", "year", "amount"]
        }
    }

    /// Columns a file may have.
    public var optionalColumns: [String] {
        switch self {
        case .projects:
            [
                "spent_before", "estimated_completion", "places", "planning_area", "phase", "opening_year",
                "category_title", "group", "note",
            ]
        case .spend: []
        case .funding: ["project_id"]
        }
    }

    /// The template's header line: the required columns, then the optional ones.
    public var templateHeader: String { (requiredColumns + optionalColumns).joined(separator: ",") }

    /// Every dataset name, for messages: `projects, spend, funding`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
