/// The CSV template of each dataset (see `docs/modules/social-care.md`).
extension Dataset {
    /// The datasets a file can be imported into (all but ``unspecified``, which ``SocialCare/Method/Import`` refuses).
    public static let importable: [Dataset] = allCases.filter { $0 != .unspecified }

    /// The columns a file of this dataset must have, in template order.
    public var requiredColumns: [String] {
        switch self {
        case .demandSnapshot:
            [
                "authority_code", "snapshot_date", "population", "children_aged_0_to_17", "ehcps_aged_0_to_25",
                "child_protection_plans", "children_looked_after", "children_in_need",
                "early_help_assessments_opened_in_week", "lado_cases_open", "cass_in_care_s20", "cass_care_leavers",
            ]
        case .workerCaseloads:
            ["authority_code", "snapshot_date", "worker_id", "team_id", "team_type", "cases"]
        case .supervision:
            ["authority_code", "snapshot_date", "area", "supervisions_due", "supervisions_in_timescale"]
        case .unspecified:
            []
        }
    }

    /// Columns a file may have.
    public var optionalColumns: [String] {
        self == .workerCaseloads ? ["families"] : []
    }

    /// The template's header line: every column, comma-separated.
    public var templateHeader: String { (requiredColumns + optionalColumns).joined(separator: ",") }
}
