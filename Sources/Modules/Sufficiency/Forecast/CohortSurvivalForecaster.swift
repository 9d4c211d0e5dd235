public import CYPHubCore
public import CapitalModule

/// Forecasts pupils by planning area and year group with the cohort-survival method.
///
/// - Each cohort rolls forward one year group a year by the mean survival ratio of that transition over the
///   last N census years (`pupils in year group g+1 in year y ÷ pupils in year group g in year y−1`).
/// - Reception comes from births four years earlier (reception in 2024/25 from births in calendar 2020) times
///   the mean reception-to-births ratio.
/// - Year 7 of a secondary area comes from Year 6 of its feeder primary areas (those naming it as their
///   secondary area; every primary area when none does) the year before, times the mean transfer ratio.
/// - New housing adds dwellings × pupil yield per dwelling × the phasing profile's share of each year group,
///   cumulatively from the year after the base year. Housing pupils are added after the roll, so they are
///   never rolled (or survived) twice.
///
/// Only data up to the base year is used (numbers on roll of census years up to it, births up to its
/// calendar start year), so an earlier base year is a true backcast.
public enum CohortSurvivalForecaster {
    /// Forecasts the areas of `phases` (or the one area `areaCode`) from `baseYear`.
    public static func forecast(
        _ data: AuthorityPlanningData,
        baseYear: AcademicYear,
        settings: ForecastSettings,
        phases: Set<SchoolPhase> = [.primary, .secondary],
        areaCode: String? = nil
    ) -> [AreaForecast] {
        var run = Run(data: data, base: baseYear.startYear, settings: settings)
        let wanted = data.areas.filter { area in
            phases.contains(area.phase) && area.phase != .specialist && (areaCode == nil || area.code == areaCode)
        }.sorted { ($0.phase == .primary ? 0 : 1, $0.code) < ($1.phase == .primary ? 0 : 1, $1.code) }
        return wanted.map { run.forecast($0) }
    }

    /// The names of the transitions, as responses print them.
    static func transitionName(from group: YearGroup) -> String {
        "\(group)>\(group.next.map(\.description) ?? "?")"
    }
}

/// One forecast run: caches each primary area's baseline so secondary areas can read their feeders' Year 6.
private struct Run {
    let data: AuthorityPlanningData
    let base: Int
    let settings: ForecastSettings
    var primaryBaselines: [String: [Int: [Int: Double]]] = [:]
    var primaryRatioCache: [String: AreaRatios] = [:]

    init(data: AuthorityPlanningData, base: Int, settings: ForecastSettings) {
        self.data = data
        self.base = base
        self.settings = settings
    }

    /// The years whose ratios are averaged: the last N up to the base year.
    var window: ClosedRange<Int> { (base - settings.survivalYears + 1)...base }

    /// Years forecast for the primary baseline: enough for the secondary horizon's Year 7 as well.
    var primaryBaselineHorizon: Int { max(settings.primaryHorizon, settings.secondaryHorizon - 1) }

    func numbersOnRoll(_ area: String, _ year: Int) -> [Int: Int]? {
        guard year <= base else { return nil }
        return data.numbersOnRoll[area]?[year]
    }

    mutating func forecast(_ area: PlanningArea) -> AreaForecast {
        var notes: [String] = []
        guard let baseRoll = numbersOnRoll(area.code, base) else {
            notes.append("no numbers on roll held for \(AcademicYear(startYear: base)); the area is not forecast")
            return AreaForecast(
                planningArea: area.code, name: area.name, phase: Phase(area.phase), ratios: [], years: [], notes: notes)
        }
        let groups: [YearGroup]
        let ratios: AreaRatios
        let baseline: [Int: [Int: Double]]
        let horizon: Int
        switch area.phase {
        case .primary:
            groups = YearGroup.primary
            baseline = primaryBaseline(area)
            ratios = primaryRatios(area)
            horizon = settings.primaryHorizon
        default:
            groups = secondaryGroups(area)
            ratios = secondaryRatios(area, groups: groups)
            baseline = secondaryBaseline(area, groups: groups, ratios: ratios)
            horizon = settings.secondaryHorizon
        }
        notes += ratios.notes
        let housing = housingPupils(area, groups: groups, horizon: horizon, notes: &notes)
        var years: [ForecastYear] = [
            Self.year(
                base, actual: true, groups: groups,
                baseline: groups.reduce(into: [:]) { $0[$1.number] = Double(baseRoll[$1.number] ?? 0) }, housing: [:])
        ]
        for year in (base + 1)...(base + horizon) {
            years.append(
                Self.year(year, actual: false, groups: groups, baseline: baseline[year] ?? [:], housing: housing[year] ?? [:])
            )
        }
        return AreaForecast(
            planningArea: area.code, name: area.name, phase: Phase(area.phase), ratios: ratios.applied, years: years,
            notes: notes)
    }

    static func year(
        _ year: Int, actual: Bool, groups: [YearGroup], baseline: [Int: Double], housing: [Int: Double]
    ) -> ForecastYear {
        var yearGroups: [YearGroupPupils] = []
        var baselineTotal = 0.0
        var housingTotal = 0.0
        var rounded = 0
        for group in groups {
            let fromBaseline = baseline[group.number] ?? 0
            let fromHousing = housing[group.number] ?? 0
            baselineTotal += fromBaseline
            housingTotal += fromHousing
            yearGroups.append(YearGroupPupils(yearGroup: group.description, pupils: fromBaseline + fromHousing))
            rounded += Int(FigureFormat.rounded(fromBaseline + fromHousing, places: 0))
        }
        return ForecastYear(
            academicYear: AcademicYear(startYear: year).description, actual: actual, yearGroups: yearGroups,
            baseline: baselineTotal, housing: housingTotal, total: baselineTotal + housingTotal, totalRounded: rounded)
    }

    // MARK: Ratios

    /// Ratios by the year group they start from (`births>R` under key -1).
    struct AreaRatios {
        var byFrom: [Int: Double] = [:]
        var applied: [SurvivalRatio] = []
        var notes: [String] = []
    }

    /// The yearly survival ratios of `from → from+1` in an area over the window.
    func survivalHistory(_ area: String, from group: Int) -> [(year: Int, ratio: Double)] {
        window.compactMap { year in
            guard let earlier = numbersOnRoll(area, year - 1), let later = numbersOnRoll(area, year),
                let cohort = earlier[group], cohort > 0
            else { return nil }
            return (year, Double(later[group + 1] ?? 0) / Double(cohort))
        }
    }

    /// The mean of an area's history-based ratios of `transitions`, or `nil` when it has none.
    func areaAverage(_ area: String, transitions: [Int]) -> Double? {
        let means = transitions.compactMap { from -> Double? in
            let history = survivalHistory(area, from: from)
            return history.isEmpty ? nil : history.map(\.ratio).mean
        }
        return means.isEmpty ? nil : means.mean
    }

    /// The mean, over the authority's other areas of `phase`, of their history-based ratio of `from`.
    func authorityAverage(phase: SchoolPhase, from: Int, excluding area: String) -> Double? {
        let means = data.areas(of: phase).filter { $0.code != area }.compactMap { other -> Double? in
            let history = survivalHistory(other.code, from: from)
            return history.isEmpty ? nil : history.map(\.ratio).mean
        }
        return means.isEmpty ? nil : means.mean
    }

    /// Survival ratios for the transitions starting at `froms`, with the fallbacks for those with no history.
    func survivalRatios(_ area: PlanningArea, froms: [Int], into ratios: inout AreaRatios) {
        let classAverage = areaAverage(area.code, transitions: froms)
        for from in froms {
            let name = CohortSurvivalForecaster.transitionName(from: YearGroup(number: from) ?? .reception)
            let history = survivalHistory(area.code, from: from)
            if !history.isEmpty {
                let ratio = history.map(\.ratio).mean
                ratios.byFrom[from] = ratio
                ratios.applied.append(
                    SurvivalRatio(
                        transition: name, ratio: ratio, history: history.map(\.ratio),
                        historyYears: history.map { AcademicYear(startYear: $0.year).description }, basis: "history"))
                continue
            }
            let (ratio, basis): (Double, String)
            if let classAverage {
                (ratio, basis) = (classAverage, "area phase average")
            } else if let authority = authorityAverage(phase: area.phase, from: from, excluding: area.code) {
                (ratio, basis) = (authority, "authority phase average")
            } else {
                (ratio, basis) = (1.0, "default 1.0")
            }
            ratios.byFrom[from] = ratio
            ratios.applied.append(SurvivalRatio(transition: name, ratio: ratio, history: [], historyYears: [], basis: basis))
            ratios.notes.append("\(name) has no history in the last \(settings.survivalYears) years; used the \(basis)")
        }
    }

    // MARK: Primary

    /// Births for `year`, or the nearest year held before it (noted), or `nil` when the area has none.
    func births(_ area: String, _ year: Int, notes: inout Set<String>) -> Double? {
        guard let held = data.births[area]?.filter({ $0.key <= base }), !held.isEmpty else { return nil }
        if let value = held[year] { return Double(value) }
        let fallback = held.keys.filter { $0 < year }.max() ?? held.keys.min()!
        notes.insert("births for \(year) not held\(year > base ? " (after the base year)" : ""); used \(fallback)'s")
        return Double(held[fallback]!)
    }

    func receptionHistory(_ area: String) -> [(year: Int, ratio: Double)] {
        window.compactMap { year in
            guard let roll = numbersOnRoll(area, year), let births = data.births[area]?[year - 4], births > 0,
                year - 4 <= base
            else { return nil }
            return (year, Double(roll[0] ?? 0) / Double(births))
        }
    }

    mutating func primaryRatios(_ area: PlanningArea) -> AreaRatios {
        if let cached = primaryRatioCache[area.code] { return cached }
        var ratios = AreaRatios()
        let history = receptionHistory(area.code)
        let hasBirths = !(data.births[area.code]?.filter { $0.key <= base }.isEmpty ?? true)
        if !history.isEmpty {
            let ratio = history.map(\.ratio).mean
            ratios.byFrom[-1] = ratio
            ratios.applied.append(
                SurvivalRatio(
                    transition: "births>R", ratio: ratio, history: history.map(\.ratio),
                    historyYears: history.map { AcademicYear(startYear: $0.year).description }, basis: "history"))
        } else if hasBirths {
            let others = data.areas(of: .primary).filter { $0.code != area.code }.compactMap { other -> Double? in
                let history = receptionHistory(other.code)
                return history.isEmpty ? nil : history.map(\.ratio).mean
            }
            let (ratio, basis) = others.isEmpty ? (1.0, "default 1.0") : (others.mean, "authority average")
            ratios.byFrom[-1] = ratio
            ratios.applied.append(SurvivalRatio(transition: "births>R", ratio: ratio, history: [], historyYears: [], basis: basis))
            ratios.notes.append("births>R has no history in the last \(settings.survivalYears) years; used the \(basis)")
        } else {
            let receptions = window.compactMap { numbersOnRoll(area.code, $0).map { Double($0[0] ?? 0) } }
            let mean = receptions.isEmpty ? 0 : receptions.mean
            ratios.byFrom[-1] = mean
            ratios.applied.append(
                SurvivalRatio(
                    transition: "births>R", ratio: 0, history: receptions, historyYears: [],
                    basis: "no births held: Reception held at the mean of the last \(receptions.count) years"))
            ratios.notes.append(
                "no births held for the area: Reception is held at the mean of the last \(receptions.count) years "
                    + "(\(FigureFormat.number(mean, places: 1)))")
        }
        survivalRatios(area, froms: Array(0..<6), into: &ratios)
        primaryRatioCache[area.code] = ratios
        return ratios
    }

    /// The primary area's baseline (no housing): year → year group → pupils, from the base year's actuals.
    mutating func primaryBaseline(_ area: PlanningArea) -> [Int: [Int: Double]] {
        if let cached = primaryBaselines[area.code] { return cached }
        var ratios = primaryRatios(area)
        var birthNotes = Set<String>()
        var rows: [Int: [Int: Double]] = [:]
        let baseRoll = numbersOnRoll(area.code, base) ?? [:]
        rows[base] = (0...6).reduce(into: [:]) { $0[$1] = Double(baseRoll[$1] ?? 0) }
        let hasBirths = !(data.births[area.code]?.filter { $0.key <= base }.isEmpty ?? true)
        for year in (base + 1)...(base + primaryBaselineHorizon) {
            var row: [Int: Double] = [:]
            let reception = ratios.byFrom[-1] ?? 0
            var notes = Set<String>()
            if hasBirths, let births = births(area.code, year - 4, notes: &notes) {
                row[0] = births * reception
                // Reception beyond the primary horizon only feeds years no forecast reports: no note for it.
                if year <= base + settings.primaryHorizon { birthNotes.formUnion(notes) }
            } else {
                row[0] = reception
            }
            for group in 1...6 {
                row[group] = (rows[year - 1]?[group - 1] ?? 0) * (ratios.byFrom[group - 1] ?? 1)
            }
            rows[year] = row
        }
        if !birthNotes.isEmpty {
            ratios.notes += birthNotes.sorted()
            primaryRatioCache[area.code] = ratios
        }
        primaryBaselines[area.code] = rows
        return rows
    }

    // MARK: Secondary

    /// Years 7-11, and 12-13 when the area has had sixth-form pupils on roll.
    func secondaryGroups(_ area: PlanningArea) -> [YearGroup] {
        let hasSixthForm =
            data.numbersOnRoll[area.code]?.contains { year, roll in
                year <= base && (roll[12] ?? 0) > 0
            } ?? false
        return YearGroup.secondaryStatutory + (hasSixthForm ? YearGroup.sixthForm : [])
    }

    func feeders(_ area: PlanningArea) -> [PlanningArea] {
        let named = data.areas(of: .primary).filter { $0.secondaryArea == area.code }
        return named.isEmpty ? data.areas(of: .primary) : named
    }

    func transferHistory(_ area: PlanningArea) -> [(year: Int, ratio: Double)] {
        let feeders = feeders(area)
        return window.compactMap { year in
            guard let roll = numbersOnRoll(area.code, year) else { return nil }
            let year6 = feeders.reduce(0) { $0 + (numbersOnRoll($1.code, year - 1)?[6] ?? 0) }
            guard year6 > 0 else { return nil }
            return (year, Double(roll[7] ?? 0) / Double(year6))
        }
    }

    mutating func secondaryRatios(_ area: PlanningArea, groups: [YearGroup]) -> AreaRatios {
        var ratios = AreaRatios()
        let feeders = feeders(area)
        let named = data.areas(of: .primary).contains { $0.secondaryArea == area.code }
        ratios.notes.append(
            named
                ? "Year 7 from Year 6 of the feeder primary areas \(feeders.map(\.code).joined(separator: ", "))"
                : "no primary area names this area as its secondary area: Year 7 from Year 6 of every primary area")
        let history = transferHistory(area)
        if !history.isEmpty {
            let ratio = history.map(\.ratio).mean
            ratios.byFrom[6] = ratio
            ratios.applied.append(
                SurvivalRatio(
                    transition: "Y6>Y7", ratio: ratio, history: history.map(\.ratio),
                    historyYears: history.map { AcademicYear(startYear: $0.year).description }, basis: "history"))
        } else {
            let others = data.areas(of: .secondary).filter { $0.code != area.code }.compactMap { other -> Double? in
                let history = transferHistory(other)
                return history.isEmpty ? nil : history.map(\.ratio).mean
            }
            let (ratio, basis) = others.isEmpty ? (1.0, "default 1.0") : (others.mean, "authority average")
            ratios.byFrom[6] = ratio
            ratios.applied.append(SurvivalRatio(transition: "Y6>Y7", ratio: ratio, history: [], historyYears: [], basis: basis))
            ratios.notes.append("Y6>Y7 has no history in the last \(settings.survivalYears) years; used the \(basis)")
        }
        survivalRatios(area, froms: Array(7..<11), into: &ratios)
        if groups.contains(where: { $0.number == 12 }) {
            survivalRatios(area, froms: [11, 12], into: &ratios)
        }
        return ratios
    }

    mutating func secondaryBaseline(
        _ area: PlanningArea, groups: [YearGroup], ratios: AreaRatios
    ) -> [Int: [Int: Double]] {
        let feederBaselines = feeders(area).map { primaryBaseline($0) }
        var rows: [Int: [Int: Double]] = [:]
        let baseRoll = numbersOnRoll(area.code, base) ?? [:]
        rows[base] = groups.reduce(into: [:]) { $0[$1.number] = Double(baseRoll[$1.number] ?? 0) }
        for year in (base + 1)...(base + settings.secondaryHorizon) {
            var row: [Int: Double] = [:]
            let year6 = feederBaselines.reduce(0.0) { $0 + ($1[year - 1]?[6] ?? 0) }
            row[7] = year6 * (ratios.byFrom[6] ?? 1)
            for group in groups where group.number > 7 {
                row[group.number] = (rows[year - 1]?[group.number - 1] ?? 0) * (ratios.byFrom[group.number - 1] ?? 1)
            }
            rows[year] = row
        }
        return rows
    }

    // MARK: Housing

    /// Pupils from dwellings completed after the base year: year → year group → pupils.
    func housingPupils(
        _ area: PlanningArea, groups: [YearGroup], horizon: Int, notes: inout [String]
    ) -> [Int: [Int: Double]] {
        let completions = (data.housing[area.code] ?? [:]).filter { $0.key > base && $0.key <= base + horizon }
        guard !completions.isEmpty else { return [:] }
        guard let yield = data.yields[area.phase] else {
            let dwellings = completions.values.reduce(0, +)
            notes.append(
                "no \(area.phase.rawValue) pupil yield held: \(FigureFormat.number(Double(dwellings))) new dwellings "
                    + "are not counted (import pupil_yields)")
            return [:]
        }
        let profile = area.phase == .primary ? settings.primaryProfile : settings.secondaryProfile
        let profiled = area.phase == .primary ? YearGroup.primary : YearGroup.secondaryStatutory
        var result: [Int: [Int: Double]] = [:]
        var cumulative = 0
        for year in (base + 1)...(base + horizon) {
            cumulative += completions[year] ?? 0
            var row: [Int: Double] = [:]
            for (group, share) in zip(profiled, profile) where groups.contains(group) {
                row[group.number] = Double(cumulative) * yield * share
            }
            result[year] = row
        }
        let total = completions.values.reduce(0, +)
        notes.append(
            "\(FigureFormat.number(Double(total))) new dwellings after \(AcademicYear(startYear: base)) at "
                + "\(FigureFormat.number(yield, places: 3)) \(area.phase.rawValue) pupils per dwelling")
        return result
    }
}

extension Array where Element == Double {
    /// The arithmetic mean (0 for an empty array).
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
}
