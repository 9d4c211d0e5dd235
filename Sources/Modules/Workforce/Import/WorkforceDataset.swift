/// The CSV datasets the workforce module imports. The raw value is the `dataset` of an import request.
public enum WorkforceDataset: String, Sendable, Hashable, CaseIterable {
    /// Staffing establishment: headcount (and FTE where known) by division and service.
    case establishment
    /// Children's social work staff return by team at a census date.
    case staffReturn = "staff_return"
    /// Monthly cost per FTE of employed and agency social workers.
    case payRates = "pay_rates"

    /// Columns every file must have.
    public var requiredColumns: [String] {
        switch self {
        case .establishment:
            ["authority_code", "as_at", "division", "service", "headcount"]
        case .staffReturn:
            [
                "authority_code", "as_at", "team", "employed_fte", "employed_headcount", "agency_fte",
                "agency_headcount",
                "vacancy_fte", "leaver_fte", "case_holder_fte", "cases",
            ]
        case .payRates:
            ["authority_code", "as_at", "employment_type", "monthly_cost"]
        }
    }

    /// Columns a file may have.
    public var optionalColumns: [String] {
        switch self {
        case .establishment: ["fte", "source"]
        case .staffReturn, .payRates: ["source"]
        }
    }

    /// The template's header line: the required columns, then the optional ones.
    public var templateHeader: String { (requiredColumns + optionalColumns).joined(separator: ",") }

    /// Every dataset name, for messages: `establishment, staff_return, pay_rates`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
