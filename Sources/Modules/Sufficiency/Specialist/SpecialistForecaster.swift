public import CYPHubCore
import CapitalModule
import Foundation
public import SENDModule

/// Forecasts pupils with an EHCP who need a specialist place, from the SEND module's caseload, against
/// specialist capacity.
///
/// - Demand at the caseload date: children with an EHCP in state special schools, resourced provision / SEN
///   units and independent or non-maintained special schools, aged 5-10 (primary) and 11-15 (secondary).
/// - Growth: the compound annual growth of the EHCP total between the newest total held (on or before the
///   caseload date) and the oldest within the growth window (default 5 years).
/// - Year `y`: demand × (1 + growth)^(years from the caseload's academic year to `y`); primary 5 years
///   ahead, secondary 7.
/// - Capacity: statutory school-age places (primary + secondary) of the specialist provision open that year,
///   plus place changes in specialist areas. Special schools are mostly all-through, so places are compared
///   as one pool, in the years both phases are forecast.
public enum SpecialistForecaster {
    /// Settings that count as needing a specialist place.
    public static let specialistSettings: Set<SENDSettingType> = [.specialSchool, .resourcedProvision, .independentSpecial]

    /// The report; throws `FAILED_PRECONDITION` when no EHCP breakdown by age and setting is held.
    public static func report(
        authority: String, caseload: [SENCaseloadCount], data: AuthorityPlanningData, baseYear: AcademicYear,
        settings: ForecastSettings, growthYears: Int
    ) throws -> SpecialistPlacesReport {
        let broken = caseload.filter { $0.ageBand != .all && $0.settingType != .all }
        guard let date = broken.map(\.asAt).max() else {
            throw RPCError(
                code: .failedPrecondition,
                message: "no EHCP caseload by age band and setting type is held for \(authority) in the SEND module; "
                    + "import SEND caseload rows for ages 5-10 and 11-15 by setting type")
        }
        let atDate = broken.filter { $0.asAt == date && specialistSettings.contains($0.settingType) }
        let primaryBase = atDate.filter { $0.ageBand == .age5To10 }.reduce(0) { $0 + $1.count }
        let secondaryBase = atDate.filter { $0.ageBand == .age11To15 }.reduce(0) { $0 + $1.count }
        var notes: [String] = []
        let (growth, basis) = growthRate(caseload, asAt: date, years: growthYears, notes: &notes)
        let caseloadYear = date.month >= 9 ? date.year : date.year - 1
        if caseloadYear != baseYear.startYear {
            notes.append(
                "the caseload is from \(AcademicYear(startYear: caseloadYear)), the base year is \(baseYear): "
                    + "growth is applied from the caseload's year")
        }
        let provision = data.schools.filter { $0.phase == .specialist }
        let specialistAreas = Set(data.areas(of: .specialist).map(\.code))
        var years: [SpecialistYear] = []
        for offset in 0...settings.secondaryHorizon {
            let year = baseYear.adding(years: offset)
            let factor = pow(1 + growth, Double(year.startYear - caseloadYear))
            let hasPrimary = offset <= settings.primaryHorizon
            let primary = hasPrimary ? Double(primaryBase) * factor : 0
            let secondary = Double(secondaryBase) * factor
            let demand = Int(FigureFormat.rounded(primary, places: 0) + FigureFormat.rounded(secondary, places: 0))
            let capacity = capacity(provision: provision, areas: specialistAreas, changes: data.placeChanges, year: year)
            years.append(
                SpecialistYear(
                    academicYear: year.description, primaryDemand: primary, secondaryDemand: secondary,
                    hasPrimary: hasPrimary, demand: hasPrimary ? demand : 0, capacity: capacity,
                    placesNeeded: hasPrimary ? max(0, demand - capacity) : 0,
                    sparePlaces: hasPrimary ? max(0, capacity - demand) : 0, hasComparison: hasPrimary))
        }
        if provision.isEmpty { notes.append("no specialist provision held: import schools with phase specialist") }
        return SpecialistPlacesReport(
            authority: authority, baseYear: baseYear.description, caseloadAsAt: date.description,
            primaryBase: primaryBase, secondaryBase: secondaryBase, annualGrowthPercent: growth * 100,
            growthBasis: basis, years: years, provision: provision.map(SchoolInfo.init), notes: notes)
    }

    /// Statutory school-age specialist places open in `year`, plus specialist place changes up to it.
    public static func capacity(provision: [School], areas: Set<String>, changes: [PlaceChange], year: AcademicYear) -> Int {
        provision.filter { $0.isOpen(in: year) }.reduce(0) { $0 + $1.places }
            + changes.filter { areas.contains($0.planningArea) && $0.year <= year }.reduce(0) { $0 + $1.places }
    }

    /// Compound annual growth of the EHCP total over up to `years` years before `date`.
    static func growthRate(
        _ caseload: [SENCaseloadCount], asAt date: LocalDate, years: Int, notes: inout [String]
    ) -> (Double, String) {
        let totals = caseload.filter { $0.ageBand == .all && $0.settingType == .all && $0.asAt <= date }
            .sorted { $0.asAt < $1.asAt }
        let earliest = date.adding(days: -Int((Double(years) * 365.25).rounded()) - 31)
        guard let newest = totals.last,
            let oldest = totals.first(where: { $0.asAt >= earliest && $0.asAt < newest.asAt }), oldest.count > 0
        else {
            notes.append("fewer than two EHCP totals held within \(years) years of \(date): no growth applied")
            return (0, "no growth: fewer than two EHCP totals within \(years) years")
        }
        let span = Double(newest.asAt.days(since: oldest.asAt)) / 365.25
        let growth = pow(Double(newest.count) / Double(oldest.count), 1 / span) - 1
        let basis =
            "EHCP total \(FigureFormat.number(Double(oldest.count))) on \(oldest.asAt) to "
            + "\(FigureFormat.number(Double(newest.count))) on \(newest.asAt): "
            + "\(FigureFormat.percent(growth * 100)) a year compound over \(FigureFormat.number(span, places: 1)) years"
        return (growth, basis)
    }
}
