public import CYPHubCore

/// A medium-term High Needs Block plan: the inputs of a forecast, in £000 with the council's signs
/// (income, surpluses and savings negative; costs and deficits positive).
///
/// Money is `Double` £000 and is never rounded in arithmetic: inputs are whole £000 (exact in a
/// `Double`), growth projections keep their fractions, and only display rounds.
public struct HighNeedsPlan: Sendable, Hashable {
    /// The authority's ONS code (E10000018 for Leicestershire).
    public var authorityCode: String
    /// The plan's id, unique within the authority (for example `mtfs-2024-28`).
    public var planId: String
    /// A title for people.
    public var title: String
    /// The plan's first financial year.
    public var firstYear: FinancialYear
    /// How many years the plan covers (at least 1).
    public var yearCount: Int
    /// The cumulative High Needs deficit brought forward into the first year (£000; a surplus is negative).
    public var openingDeficit: Double
    /// The non-savings lines. A missing line counts as 0, except `grantIncome`, which is required;
    /// without `totalDsg` the deficit cannot be shown as a % of the DSG.
    public var lines: [HighNeedsLine: LineProjection]
    /// The savings workstreams, in display order.
    public var workstreams: [SavingsWorkstream]
    /// Where the figures come from (for example the paper and paragraph).
    public var source: String

    /// Creates a plan.
    public init(
        authorityCode: String, planId: String, title: String, firstYear: FinancialYear, yearCount: Int,
        openingDeficit: Double, lines: [HighNeedsLine: LineProjection], workstreams: [SavingsWorkstream],
        source: String = ""
    ) {
        self.authorityCode = authorityCode
        self.planId = planId
        self.title = title
        self.firstYear = firstYear
        self.yearCount = yearCount
        self.openingDeficit = openingDeficit
        self.lines = lines
        self.workstreams = workstreams
        self.source = source
    }

    /// The plan's years in order.
    public var years: [FinancialYear] { (0..<max(0, yearCount)).map { firstYear.adding(years: $0) } }

    /// Throws `FAILED_PRECONDITION` naming the first thing that makes the plan unusable: no years, no
    /// grant income, an explicit line or breakdown with the wrong number of figures, a growth base year
    /// after the first year, or two workstreams with one name.
    public func validate() throws(RPCError) {
        func refuse(_ reason: String) -> RPCError {
            RPCError(code: .failedPrecondition, message: "High Needs plan \(authorityCode)/\(planId): \(reason)")
        }
        guard yearCount >= 1 else { throw refuse("it covers no years") }
        guard lines[.grantIncome] != nil else { throw refuse("it has no grant_income line") }
        for line in HighNeedsLine.allCases {
            if let projection = lines[line] { try check(projection, named: line.rawValue, refuse) }
        }
        var names = Set<String>()
        for workstream in workstreams {
            guard names.insert(workstream.name).inserted else {
                throw refuse("workstream '\(workstream.name)' appears twice")
            }
            try check(workstream.projection, named: "savings workstream '\(workstream.name)'", refuse)
            for detail in workstream.details where detail.amounts.count != yearCount {
                throw refuse(
                    "breakdown line '\(detail.name)' of '\(workstream.name)' has \(detail.amounts.count) figures for \(yearCount) years"
                )
            }
        }
    }

    private func check(
        _ projection: LineProjection, named name: String, _ refuse: (String) -> RPCError
    ) throws(RPCError) {
        switch projection {
        case .explicit(let figures):
            if figures.count != yearCount {
                throw refuse("\(name) has \(figures.count) yearly figures for \(yearCount) years")
            }
        case .growth(_, let baseYear, let growthPercent):
            if baseYear > firstYear {
                throw refuse("\(name) grows from \(baseYear), after the first year \(firstYear)")
            }
            if growthPercent <= -100 { throw refuse("\(name) has a growth rate of \(growthPercent)% (must be above -100%)") }
        }
    }
}
