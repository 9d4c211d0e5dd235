/// How often an indicator is reported; also the kind of its periods.
///
/// Raw values are the wire names (`REPORTING_FREQUENCY_ACADEMIC_YEAR` -> `"academic_year"`).
public enum ReportingFrequency: String, Sendable, Hashable, CaseIterable, Codable {
    /// A calendar month: period code `2024-03`.
    case month
    /// A quarter of a financial year (Q1 = April-June): period code `FY2023-24-Q4`.
    case quarter
    /// A school term (autumn, spring, summer) of an academic year: period code `AY2023-24-SPR`.
    case term
    /// An academic year (September-August): period code `AY2022-23`.
    case academicYear = "academic_year"
    /// A financial year (April-March): period code `FY2023-24`.
    case financialYear = "financial_year"

    /// A short human name ("Quarter", "Academic year").
    public var displayName: String {
        switch self {
        case .month: "Month"
        case .quarter: "Quarter"
        case .term: "Term"
        case .academicYear: "Academic year"
        case .financialYear: "Financial year"
        }
    }
}
