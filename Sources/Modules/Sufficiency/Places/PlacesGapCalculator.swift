public import CYPHubCore
public import CapitalModule

/// Links sufficiency to the capital programme: per planning area and year, the shortfall before projects,
/// the places projects open and when, the gap that remains and the cost to close it.
///
/// Planned places in one area never cover another area's gap, and a project that slips to a later year
/// leaves a shortfall in the years it no longer covers. Projects opening in or before the base year are
/// taken to be in the schools' capacity already and are not added again.
public enum PlacesGapCalculator {
    /// A cost per place and how it was found.
    public struct CostBasis: Sendable, Hashable {
        /// Pounds per place, `nil` when unknown.
        public var pounds: Double?
        /// Where it comes from, for people.
        public var basis: String

        /// Creates a basis.
        public init(pounds: Double?, basis: String) {
            self.pounds = pounds
            self.basis = basis
        }
    }

    /// The specialist pool's pseudo planning area code.
    public static let specialistPool = "specialist"

    /// The report for `areas` (each area's sufficiency, forecast years only are used) and `projects`.
    public static func report(
        authority: String, baseYear: AcademicYear, areas: [AreaSufficiency], projects: [PlacesProject],
        version: CapitalVersionInfo?, costs: [SchoolPhase: CostBasis], knownAreas: [String: SchoolPhase]
    ) -> PlacesGapReport {
        var notes: [String] = []
        var counted: [PlacesProject] = []
        for project in projects {
            let areaPhase = project.phase == .specialist ? SchoolPhase.specialist : knownAreas[project.planningArea]
            if project.openingYear <= baseYear {
                notes.append(
                    "project \(project.projectID) (\(project.name)) opened in \(project.openingYear), at or before the base "
                        + "year \(baseYear): its places are taken to be in the schools' capacity already")
            } else if areaPhase == nil {
                notes.append(
                    "project \(project.projectID) (\(project.name)) names planning area \(project.planningArea), which is "
                        + "not held: its \(project.places) places are not counted")
            } else if areaPhase != project.phase {
                notes.append(
                    "project \(project.projectID) (\(project.name)) adds \(project.phase.rawValue) places in "
                        + "\(project.planningArea), a \(areaPhase!.rawValue) area: its places are not counted")
            } else {
                counted.append(project)
            }
        }
        let areaGaps = areas.map { area in
            let own = counted.filter { project in
                area.phase == .specialist ? project.phase == .specialist : project.planningArea == area.planningArea
            }
            return gap(area, projects: own, cost: area.phase.schoolPhase.flatMap { costs[$0] })
        }
        let phases = SchoolPhase.phases.compactMap { phase -> PhaseGap? in
            let ofPhase = areaGaps.filter { $0.phase == Phase(phase) }
            guard !ofPhase.isEmpty else { return nil }
            let remaining = ofPhase.reduce(0) { $0 + $1.peakRemainingGap }
            let cost = costs[phase] ?? CostBasis(pounds: nil, basis: "no cost per place")
            let lastYear = ofPhase.flatMap(\.years).compactMap { AcademicYear(parsing: $0.academicYear) }.max()
            let codes = Set(ofPhase.map(\.planningArea))
            let planned = counted.filter { project in
                project.phase == phase && (phase == .specialist || codes.contains(project.planningArea))
                    && lastYear.map { project.openingYear <= $0 } ?? false
            }
            return PhaseGap(
                phase: Phase(phase), totalShortfall: ofPhase.reduce(0) { $0 + $1.peakShortfall },
                totalPlanned: planned.reduce(0) { $0 + $1.places }, remainingGap: remaining, hasCost: cost.pounds != nil,
                costPerPlace: cost.pounds ?? 0, costPerPlaceBasis: cost.basis,
                costToClose: cost.pounds.map { Double(remaining) * $0 } ?? 0)
        }
        if version == nil { notes.append("no capital programme is held for \(authority): no planned places are counted") }
        return PlacesGapReport(
            authority: authority, baseYear: baseYear.description, capitalVersion: version?.version ?? "",
            capitalLabel: version?.label ?? "", areas: areaGaps, phases: phases, notes: notes)
    }

    /// One area's years after the base year.
    static func gap(_ area: AreaSufficiency, projects: [PlacesProject], cost: CostBasis?) -> AreaGap {
        var years: [GapYear] = []
        for line in area.years where !line.actual {
            guard let year = AcademicYear(parsing: line.academicYear) else { continue }
            let opening = projects.filter { $0.openingYear == year }.reduce(0) { $0 + $1.places }
            let planned = projects.filter { $0.openingYear <= year }.reduce(0) { $0 + $1.places }
            years.append(
                GapYear(
                    academicYear: line.academicYear, shortfall: line.placesNeeded, plannedOpening: opening,
                    plannedPlaces: planned, remainingGap: max(0, line.placesNeeded - planned),
                    spareAfter: max(0, line.capacity + planned - line.pupils)))
        }
        let peakRemaining = years.map(\.remainingGap).max() ?? 0
        return AreaGap(
            planningArea: area.planningArea, name: area.name, phase: area.phase, years: years,
            projects: projects.sorted { ($0.openingYear, $0.projectID) < ($1.openingYear, $1.projectID) }.map { project in
                PlannedProject(
                    projectId: project.projectID, name: project.name, places: project.places,
                    openingYear: project.openingYear.description, grossCost: Double(project.grossCostPounds))
            },
            peakShortfall: years.map(\.shortfall).max() ?? 0, peakRemainingGap: peakRemaining,
            hasCost: cost?.pounds != nil, costToClose: cost?.pounds.map { Double(peakRemaining) * $0 } ?? 0)
    }

    /// The specialist pool as one area: demand against capacity in the years both phases are forecast.
    public static func specialistArea(_ report: SpecialistPlacesReport, band: SurplusBand) -> AreaSufficiency {
        AreaSufficiency(
            planningArea: specialistPool, name: "All specialist provision", phase: .specialist,
            years: report.years.filter(\.hasComparison).enumerated().map { index, year in
                SufficiencyCalculator.line(
                    academicYear: year.academicYear, actual: index == 0, pupils: year.demand, capacity: year.capacity,
                    changed: 0, band: band)
            })
    }
}
