public import CYPHubCore

/// Runs a High Needs plan under changed assumptions and sets the result beside the base forecast.
public enum HighNeedsScenario {
    /// The measures compared year by year, with how to read each from a forecast year.
    static let measures: [(key: String, read: @Sendable (HighNeedsForecastYear) -> Double?)] = [
        ("total_expenditure", { $0.totalExpenditure }),
        ("total_savings", { $0.totalSavings }),
        ("annual_funding_gap", { $0.annualFundingGap }),
        ("deficit_carried_forward", { $0.deficitCarriedForward }),
        ("dsg_surplus_deficit", { $0.dsgSurplusDeficit }),
        ("high_needs_spend_percent_of_grant", { $0.hasSpendPercent ? $0.highNeedsSpendPercentOfGrant : nil }),
        ("deficit_percent_of_total_dsg", { $0.hasTotalDsg ? $0.deficitPercentOfTotalDsg : nil }),
    ]

    /// The base forecast of `plan`, the forecast under `assumptions`, and their differences.
    /// Throws as ``HighNeedsForecaster/forecast(_:assumptions:)`` does.
    public static func run(_ plan: HighNeedsPlan, assumptions: HighNeedsScenarioAssumptions) throws(RPCError) -> HighNeedsScenarioResult {
        let base = try HighNeedsForecaster.forecast(plan)
        let scenario = try HighNeedsForecaster.forecast(plan, assumptions: assumptions)
        var rows: [HighNeedsScenarioComparison] = []
        for (baseYear, scenarioYear) in zip(base.years, scenario.years) {
            for measure in measures {
                guard let before = measure.read(baseYear), let after = measure.read(scenarioYear) else { continue }
                rows.append(
                    HighNeedsScenarioComparison(
                        year: baseYear.year, measure: measure.key, baseValue: before, scenario: after,
                        difference: after - before
                    )
                )
            }
        }
        return HighNeedsScenarioResult(
            baseForecast: base, scenario: scenario, assumptions: describe(assumptions), comparisons: rows
        )
    }

    /// The assumptions as short lines for people.
    static func describe(_ assumptions: HighNeedsScenarioAssumptions) -> [String] {
        var lines = ["savings delivery \(FigureFormat.percent(assumptions.savingsDeliveryPercent))"]
        for (name, delivery) in assumptions.workstreamDeliveryPercent.sorted(by: { $0.key < $1.key }) {
            lines.append("savings delivery for '\(name)' \(FigureFormat.percent(delivery))")
        }
        for override in assumptions.growthOverrides {
            let target =
                switch override.target {
                case .line(let line): line.rawValue
                case .workstream(let name): "workstream '\(name)'"
                }
            lines.append("\(target) growth \(FigureFormat.percent(override.growthPercent, places: 2)) a year")
        }
        return lines
    }
}
