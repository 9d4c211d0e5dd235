extension ReportingFrequency {
    /// A short human name ("Quarter", "Academic year").
    public var displayName: String {
        switch self {
        case .unspecified: "Unspecified"
        case .month: "Month"
        case .quarter: "Quarter"
        case .term: "Term"
        case .academicYear: "Academic year"
        case .financialYear: "Financial year"
        }
    }
}
