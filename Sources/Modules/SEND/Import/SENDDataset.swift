/// The datasets the SEND module imports, one CSV template each (documented column by column in
/// `docs/modules/send.md`). Column names are matched case-insensitively; optional columns may be left
/// out of the header.
public enum SENDDataset: String, Sendable, Hashable, CaseIterable, Codable {
    /// EHCP and SEN Support counts by date, age band and setting type. Upserts by
    /// (authority, measure, as_at, age_band, setting_type).
    case caseload
    /// New EHCPs issued per calendar year. Upserts by (authority, year).
    case newPlans = "new_plans"
    /// Plan-level requests for assessment and final plans, for 20-week timeliness. Upserts by
    /// (authority, plan_id).
    case ehcpAssessments = "ehcp_assessments"
    /// Annual reviews with due and completed dates. Upserts by (authority, plan_id, review_due).
    case annualReviews = "annual_reviews"
    /// Amendments after annual review. Upserts by (authority, plan_id, amendment_started).
    case amendments
    /// Phase transfer reviews. Upserts by (authority, plan_id, transfer_deadline).
    case phaseTransfers = "phase_transfers"
    /// High Needs plan headers. Upserts by (authority, plan_id); lines are kept.
    case highNeedsPlans = "high_needs_plans"
    /// High Needs forecast lines, explicit yearly or base-year-with-growth. Replaces every line of each
    /// plan the file names.
    case highNeedsLines = "high_needs_lines"
    /// Breakdown lines of savings workstreams. Replaces the breakdown of each plan the file names.
    case highNeedsSavingsDetail = "high_needs_savings_detail"

    /// Columns a file must have.
    public var requiredColumns: [String] {
        switch self {
        case .caseload: ["authority_code", "measure", "as_at", "age_band", "setting_type", "count"]
        case .newPlans: ["authority_code", "year", "count"]
        case .ehcpAssessments: ["authority_code", "plan_id", "request_received", "final_plan_issued"]
        case .annualReviews: ["authority_code", "plan_id", "review_due", "review_completed"]
        case .amendments: ["authority_code", "plan_id", "amendment_started", "amended_plan_issued"]
        case .phaseTransfers: ["authority_code", "plan_id", "phase", "transfer_deadline", "amended_plan_issued"]
        case .highNeedsPlans: ["authority_code", "plan_id", "title", "first_year", "years", "opening_deficit_000"]
        case .highNeedsLines: ["authority_code", "plan_id", "line", "year", "amount_000"]
        case .highNeedsSavingsDetail: ["authority_code", "plan_id", "workstream", "line_name", "year", "amount_000"]
        }
    }

    /// Columns a file may have.
    public var optionalColumns: [String] {
        switch self {
        case .caseload: ["period_label", "source", "note"]
        case .newPlans: ["source", "note"]
        case .ehcpAssessments: ["exception", "exception_reason", "source"]
        case .annualReviews, .amendments, .phaseTransfers: ["source"]
        case .highNeedsPlans: ["source"]
        case .highNeedsLines: ["workstream", "growth_pct"]
        case .highNeedsSavingsDetail: []
        }
    }

    /// The template's header row: required then optional columns.
    public var templateHeader: String { (requiredColumns + optionalColumns).joined(separator: ",") }
}
