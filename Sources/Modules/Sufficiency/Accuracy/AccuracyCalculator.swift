import CYPHubCore
public import CapitalModule

/// Measures stored forecasts against the numbers on roll that came true, as the national school places
/// scorecards do: `(forecast − actual) ÷ actual`, at each horizon (years after the base year).
///
/// A forecast's figure for an area and year is the sum of its year groups each rounded to whole pupils (what
/// the council would have reported); the actual is the numbers on roll of the same year groups in the same
/// area. When several forecasts share a base year, the newest is measured.
public enum AccuracyCalculator {
    /// The report for `forecasts` (one per base year) against `data`'s numbers on roll.
    public static func report(
        authority: String, forecasts: [StoredForecast], data: AuthorityPlanningData, horizons: [Int], phases: Set<SchoolPhase>
    ) -> ForecastAccuracyReport {
        var lines: [AccuracyLine] = []
        var authorityLines: [AccuracyLine] = []
        for forecast in forecasts {
            for horizon in horizons {
                let target = forecast.baseYear.startYear + horizon
                var byPhase: [SchoolPhase: (forecast: Double, actual: Int)] = [:]
                for (code, years) in forecast.values.sorted(by: { $0.key < $1.key }) {
                    guard let phase = forecast.phases[code], phases.contains(phase), let groups = years[target],
                        let roll = data.numbersOnRoll[code]?[target]
                    else { continue }
                    let forecastPupils = groups.values.reduce(0.0) { $0 + FigureFormat.rounded($1, places: 0) }
                    let actual = groups.keys.reduce(0) { $0 + (roll[$1] ?? 0) }
                    lines.append(
                        line(
                            area: code, name: data.area(code)?.name ?? code, phase: phase, forecast: forecast, target: target,
                            horizon: horizon, forecastPupils: forecastPupils, actual: actual))
                    byPhase[phase, default: (0, 0)].forecast += forecastPupils
                    byPhase[phase, default: (0, 0)].actual += actual
                }
                for phase in SchoolPhase.phases {
                    guard let sums = byPhase[phase] else { continue }
                    authorityLines.append(
                        line(
                            area: "", name: "All \(phase.rawValue) areas", phase: phase, forecast: forecast, target: target,
                            horizon: horizon, forecastPupils: sums.forecast, actual: sums.actual))
                }
            }
        }
        var summaries: [AccuracySummary] = []
        for phase in SchoolPhase.phases where phases.contains(phase) {
            for horizon in horizons {
                let totals = authorityLines.filter { $0.phase == Phase(phase) && $0.horizonYears == horizon }
                let areaErrors = lines.filter { $0.phase == Phase(phase) && $0.horizonYears == horizon && $0.hasError }
                guard !totals.isEmpty else { continue }
                let forecastSum = totals.reduce(0.0) { $0 + $1.forecast }
                let actualSum = totals.reduce(0) { $0 + $1.actual }
                summaries.append(
                    AccuracySummary(
                        phase: Phase(phase), horizonYears: horizon, comparisons: totals.count,
                        errorPercent: actualSum > 0 ? (forecastSum - Double(actualSum)) / Double(actualSum) * 100 : 0,
                        meanAbsoluteAreaErrorPercent: areaErrors.isEmpty
                            ? 0 : areaErrors.reduce(0.0) { $0 + abs($1.errorPercent) } / Double(areaErrors.count),
                        hasError: actualSum > 0))
            }
        }
        return ForecastAccuracyReport(
            authority: authority, horizons: horizons, authorityLines: authorityLines, lines: lines, summaries: summaries,
            forecasts: forecasts.count)
    }

    static func line(
        area: String, name: String, phase: SchoolPhase, forecast: StoredForecast, target: Int, horizon: Int,
        forecastPupils: Double, actual: Int
    ) -> AccuracyLine {
        AccuracyLine(
            planningArea: area, name: name, phase: Phase(phase), baseYear: forecast.baseYear.description,
            targetYear: AcademicYear(startYear: target).description, horizonYears: horizon, forecastId: forecast.id,
            forecast: forecastPupils, actual: actual,
            errorPercent: actual > 0 ? (forecastPupils - Double(actual)) / Double(actual) * 100 : 0, hasError: actual > 0)
    }
}
