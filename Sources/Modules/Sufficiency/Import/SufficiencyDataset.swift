/// The CSV datasets the sufficiency module imports. The raw value is the `dataset` of an import request.
///
/// Every dataset is keyed: a row replaces the row held with the same key and leaves every other row alone,
/// so a file may carry one school, one year or a whole authority.
public enum SufficiencyDataset: String, Sendable, Hashable, CaseIterable {
    /// Planning areas by phase. Key: authority, code.
    case planningAreas = "planning_areas"
    /// Schools and specialist provision with their places. Key: authority, URN, phase.
    case schools
    /// Pupils on roll by school, year group and census year. Key: authority, URN, academic year, year group.
    case numberOnRoll = "number_on_roll"
    /// Births (or GP registrations) by primary planning area and calendar year. Key: authority, area, year.
    case births
    /// Housing completions by planning area and academic year. Key: authority, area, year, site.
    case housing
    /// Pupils per new dwelling by phase. Key: authority, phase.
    case pupilYields = "pupil_yields"
    /// Places added or removed outside the capital programme. Key: authority, area, year, reference.
    case placeChanges = "place_changes"

    /// Columns every file must have.
    public var requiredColumns: [String] {
        switch self {
        case .planningAreas: ["authority_code", "planning_area", "name", "phase"]
        case .schools: ["authority_code", "urn", "name", "phase", "planning_area", "net_capacity"]
        case .numberOnRoll: ["authority_code", "urn", "academic_year", "year_group", "pupils"]
        case .births: ["authority_code", "planning_area", "year", "births"]
        case .housing: ["authority_code", "planning_area", "academic_year", "dwellings"]
        case .pupilYields: ["authority_code", "phase", "yield_per_dwelling"]
        case .placeChanges: ["authority_code", "planning_area", "academic_year", "reference", "places"]
        }
    }

    /// Columns a file may have.
    public var optionalColumns: [String] {
        switch self {
        case .planningAreas: ["secondary_planning_area"]
        case .schools:
            ["opening_year", "closing_year", "sixth_form", "provision", "primary_places", "secondary_places"]
        case .numberOnRoll: []
        case .births, .pupilYields: ["source"]
        case .housing: ["site"]
        case .placeChanges: ["note"]
        }
    }

    /// The template's header line: the required columns, then the optional ones.
    public var templateHeader: String { (requiredColumns + optionalColumns).joined(separator: ",") }

    /// What the dataset holds, for people.
    public var summary: String {
        switch self {
        case .planningAreas: "planning areas by phase (primary, secondary, specialist)"
        case .schools: "schools and specialist provision: URN, phase, planning area, net capacity, opening/closing year"
        case .numberOnRoll: "pupils on roll by school, year group (R-Y13) and census year"
        case .births: "births or GP registrations by primary planning area and calendar year"
        case .housing: "housing completions (dwellings) by planning area and academic year"
        case .pupilYields: "pupils per new dwelling by phase"
        case .placeChanges: "places added or removed by area and year, outside the capital programme"
        }
    }

    /// Every dataset name, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
