import CYPHubCore

/// A High Needs plan's header as stored (without its lines).
struct StoredPlanHeader: Sendable, Hashable {
    var authorityCode: String
    var planId: String
    var title: String
    var firstYear: FinancialYear
    var yearCount: Int
    var openingDeficit: Double
    var source: String
    var loadedSeq: Int
    var key: String { "\(authorityCode)|\(planId)" }
    var years: [FinancialYear] { (0..<max(0, yearCount)).map { firstYear.adding(years: $0) } }
}
