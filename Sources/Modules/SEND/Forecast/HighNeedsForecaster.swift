public import CYPHubCore

/// Computes High Needs Block forecasts from plans: the arithmetic of the council's DSG table.
///
/// For each year `y` (all £000, unrounded):
/// - total expenditure = placement + other + commissioning + invest-to-save costs;
/// - funding gap pre savings = total expenditure + grant income (grant income is negative);
/// - total savings = Σ workstream planned savings × delivery % / 100;
/// - annual funding gap = funding gap pre savings + total savings;
/// - deficit brought forward = the opening deficit in the first year, else last year's carried figure;
/// - deficit carried forward = brought forward + annual funding gap;
/// - DSG surplus/deficit = deficit carried forward + the other DSG blocks' surplus/deficit;
/// - High Needs spend as % of grant = total expenditure ÷ −grant income × 100 (before savings: the
///   seed's row grows from 122% to 148% while spend after savings falls, and its text calls it
///   expenditure "in excess of the grant");
/// - deficit as % of total DSG = DSG surplus/deficit ÷ total DSG × 100.
public enum HighNeedsForecaster {
    /// The forecast of `plan` under `assumptions`.
    ///
    /// Throws `FAILED_PRECONDITION` when the plan is unusable (``HighNeedsPlan/validate()``) and
    /// `INVALID_ARGUMENT` when an assumption names a line or workstream the plan lacks, gives the same
    /// target twice, or has a delivery % outside ``HighNeedsScenarioAssumptions/deliveryRange``.
    public static func forecast(
        _ plan: HighNeedsPlan, assumptions: HighNeedsScenarioAssumptions = .asPlanned
    ) throws(RPCError) -> HighNeedsForecast {
        try plan.validate()
        try check(assumptions, against: plan)
        let count = plan.yearCount
        let years = plan.years

        var lineValues: [HighNeedsLine: [Double]] = [:]
        for line in HighNeedsLine.allCases {
            guard var projection = plan.lines[line] else { continue }
            if let rate = growthOverride(for: .line(line), in: assumptions) {
                projection = projection.withGrowth(rate, firstYear: plan.firstYear)
            }
            lineValues[line] = projection.values(firstYear: plan.firstYear, count: count)
        }
        func value(_ line: HighNeedsLine, _ index: Int) -> Double { lineValues[line]?[index] ?? 0 }

        var planned: [[Double]] = []
        for workstream in plan.workstreams {
            var projection = workstream.projection
            if let rate = growthOverride(for: .workstream(workstream.name), in: assumptions) {
                projection = projection.withGrowth(rate, firstYear: plan.firstYear)
            }
            planned.append(projection.values(firstYear: plan.firstYear, count: count))
        }

        var forecastYears: [HighNeedsForecastYear] = []
        var brought = plan.openingDeficit
        for index in 0..<count {
            let grant = value(.grantIncome, index)
            let costs = HighNeedsLine.allCases.filter(\.isExpenditure).map { value($0, index) }
            let expenditure = costs.reduce(0, +)
            let gapPreSavings = expenditure + grant
            let savings = plan.workstreams.enumerated().map { position, workstream in
                let delivery = assumptions.deliveryPercent(for: workstream.name)
                let plannedAmount = planned[position][index]
                return WorkstreamSaving(
                    workstream: workstream.name, amount: plannedAmount * delivery / 100,
                    plannedAmount: plannedAmount, deliveryPercent: delivery
                )
            }
            let totalSavings = savings.reduce(0) { $0 + $1.amount }
            let annualGap = gapPreSavings + totalSavings
            let carried = brought + annualGap
            let otherBlocks = value(.otherDsgBlocks, index)
            let dsgPosition = carried + otherBlocks
            let totalDsg = value(.totalDsg, index)
            let hasTotalDsg = lineValues[.totalDsg] != nil && totalDsg != 0
            forecastYears.append(
                HighNeedsForecastYear(
                    year: years[index].description,
                    grantIncome: grant,
                    placementCosts: value(.placementCosts, index),
                    otherCosts: value(.otherCosts, index),
                    commissioningCosts: value(.commissioningCosts, index),
                    investToSaveCosts: value(.investToSaveCosts, index),
                    totalExpenditure: expenditure,
                    fundingGapPreSavings: gapPreSavings,
                    savings: savings,
                    totalSavings: totalSavings,
                    annualFundingGap: annualGap,
                    deficitBroughtForward: brought,
                    deficitCarriedForward: carried,
                    otherDsgBlocks: otherBlocks,
                    dsgSurplusDeficit: dsgPosition,
                    hasSpendPercent: grant != 0,
                    highNeedsSpendPercentOfGrant: grant != 0 ? expenditure / -grant * 100 : 0,
                    netSpendPercentOfGrant: grant != 0 ? (expenditure + totalSavings) / -grant * 100 : 0,
                    hasTotalDsg: hasTotalDsg,
                    totalDsg: hasTotalDsg ? totalDsg : 0,
                    deficitPercentOfTotalDsg: hasTotalDsg ? dsgPosition / totalDsg * 100 : 0
                )
            )
            brought = carried
        }

        let breakdowns = plan.workstreams.enumerated().compactMap { position, workstream -> SavingsBreakdown? in
            guard !workstream.details.isEmpty else { return nil }
            let delivery = assumptions.deliveryPercent(for: workstream.name) / 100
            let lines = workstream.details.map { detail in
                SavingsBreakdownLine(name: detail.name, amounts: detail.amounts.map { $0 * delivery })
            }
            let lineTotals = (0..<count).map { index in lines.reduce(0) { $0 + $1.amounts[index] } }
            let workstreamTotals = planned[position].map { $0 * delivery }
            return SavingsBreakdown(
                workstream: workstream.name, years: years.map(\.description), lines: lines,
                lineTotals: lineTotals, workstreamTotals: workstreamTotals,
                differences: zip(lineTotals, workstreamTotals).map { $0 - $1 }
            )
        }

        return HighNeedsForecast(
            authorityCode: plan.authorityCode, planId: plan.planId, title: plan.title, source: plan.source,
            firstYear: plan.firstYear.description, openingDeficit: plan.openingDeficit,
            savingsDeliveryPercent: assumptions.savingsDeliveryPercent, years: forecastYears,
            breakdowns: breakdowns
        )
    }

    private static func growthOverride(for target: HighNeedsGrowthOverride.Target, in assumptions: HighNeedsScenarioAssumptions) -> Double?
    {
        assumptions.growthOverrides.first { $0.target == target }?.growthPercent
    }

    private static func check(_ assumptions: HighNeedsScenarioAssumptions, against plan: HighNeedsPlan) throws(RPCError) {
        let range = HighNeedsScenarioAssumptions.deliveryRange
        func percent(_ value: Double) -> String { FigureFormat.number(value, places: 1) + "%" }
        guard range.contains(assumptions.savingsDeliveryPercent) else {
            throw .invalidArgument(
                "savings delivery \(percent(assumptions.savingsDeliveryPercent)) is outside 0%...200%"
            )
        }
        let names = Set(plan.workstreams.map(\.name))
        for (name, delivery) in assumptions.workstreamDeliveryPercent.sorted(by: { $0.key < $1.key }) {
            guard names.contains(name) else {
                throw .invalidArgument("savings delivery names workstream '\(name)', which plan \(plan.planId) does not have")
            }
            guard range.contains(delivery) else {
                throw .invalidArgument("savings delivery for '\(name)' \(percent(delivery)) is outside 0%...200%")
            }
        }
        var seen = Set<HighNeedsGrowthOverride.Target>()
        for override in assumptions.growthOverrides {
            let label: String
            switch override.target {
            case .line(let line):
                label = line.rawValue
                guard plan.lines[line] != nil else {
                    throw .invalidArgument("growth override for \(label): plan \(plan.planId) has no such line")
                }
            case .workstream(let name):
                label = "workstream '\(name)'"
                guard names.contains(name) else {
                    throw .invalidArgument("growth override for \(label): plan \(plan.planId) has no such workstream")
                }
            }
            guard seen.insert(override.target).inserted else {
                throw .invalidArgument("growth override for \(label) is given twice")
            }
            guard override.growthPercent > -100, override.growthPercent.isFinite else {
                throw .invalidArgument("growth override for \(label): \(percent(override.growthPercent)) must be above -100%")
            }
        }
    }
}
