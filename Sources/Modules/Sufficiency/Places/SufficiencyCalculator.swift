import CYPHubCore
import CapitalModule

/// Compares forecast pupils with capacity per planning area, phase and year.
public enum SufficiencyCalculator {
    /// One area's years: the base year's actual roll, then each forecast year.
    public static func area(_ forecast: AreaForecast, data: AuthorityPlanningData, band: SurplusBand) -> AreaSufficiency {
        let years = forecast.years.compactMap { year -> SufficiencyYear? in
            guard let academicYear = AcademicYear(parsing: year.academicYear) else { return nil }
            let capacity = Capacity.places(in: forecast.planningArea, year: academicYear, data: data)
            return line(
                academicYear: year.academicYear, actual: year.actual, pupils: year.totalRounded, capacity: capacity,
                changed: Capacity.changed(in: forecast.planningArea, year: academicYear, data: data), band: band)
        }
        return AreaSufficiency(planningArea: forecast.planningArea, name: forecast.name, phase: forecast.phase, years: years)
    }

    /// One year's comparison.
    public static func line(
        academicYear: String, actual: Bool, pupils: Int, capacity: Int, changed: Int, band: SurplusBand
    ) -> SufficiencyYear {
        SufficiencyYear(
            academicYear: academicYear, actual: actual, pupils: pupils, capacity: capacity, placesChanged: changed,
            sparePlaces: max(0, capacity - pupils), placesNeeded: max(0, pupils - capacity),
            surplusPercent: capacity > 0 ? Double(capacity - pupils) / Double(capacity) * 100 : 0,
            status: band.status(pupils: pupils, capacity: capacity))
    }

    /// The authority's totals per phase and year: shortfalls and surpluses summed separately over areas.
    public static func totals(_ areas: [AreaSufficiency]) -> [SufficiencyTotal] {
        var totals: [SufficiencyTotal] = []
        for phase in SchoolPhase.phases {
            let ofPhase = areas.filter { $0.phase == Phase(phase) }
            let years = ofPhase.flatMap(\.years).map(\.academicYear)
            for year in Array(Set(years)).sorted() {
                let lines = ofPhase.compactMap { area in area.years.first { $0.academicYear == year } }
                totals.append(
                    SufficiencyTotal(
                        phase: Phase(phase), academicYear: year, actual: lines.contains { $0.actual },
                        pupils: lines.reduce(0) { $0 + $1.pupils }, capacity: lines.reduce(0) { $0 + $1.capacity },
                        totalShortfall: lines.reduce(0) { $0 + $1.placesNeeded },
                        totalSurplus: lines.reduce(0) { $0 + $1.sparePlaces },
                        areasShort: lines.filter { $0.placesNeeded > 0 }.count, areas: lines.count))
            }
        }
        return totals
    }
}
