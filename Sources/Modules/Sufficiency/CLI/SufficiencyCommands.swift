public import ArgumentParser
import CYPHubCLI
import CYPHubCore
import CapitalModule
import Foundation
import SufficiencyModule

/// `cyp sufficiency …`: pupil forecasts, school places, the capital link, accuracy, specialist places, the
/// capacity return and CSV import.
public struct SufficiencyCommand: AsyncParsableCommand {
    /// The group and its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "sufficiency",
        abstract: "Pupil forecasts by planning area, school places against them, and what capital projects close.",
        subcommands: [
            SufficiencyAreasCommand.self, SufficiencyForecastCommand.self, SufficiencyPlacesCommand.self,
            SufficiencyGapCommand.self, SufficiencyAccuracyCommand.self, SufficiencySpecialistCommand.self,
            SufficiencyCapacityReturnCommand.self, SufficiencyImportCommand.self, SufficiencyTemplateCommand.self,
        ]
    )

    /// Creates the command (the parser fills it).
    public init() {}
}

/// A `--phase` option's value: one phase (a request's phase is unspecified, every phase, when it is omitted).
struct PhaseOption: ExpressibleByArgument {
    var phase: Phase
    init?(argument: String) {
        guard let phase = SchoolPhase.phases.first(where: { $0.rawValue == argument.lowercased() }) else { return nil }
        self.phase = Phase(phase)
    }
    static var allValueStrings: [String] { SchoolPhase.phases.map(\.rawValue) }
}

/// `cyp sufficiency areas --authority E10000018`.
struct SufficiencyAreasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "areas", abstract: "List the planning areas held, with their schools and capacity.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Local authority code, e.g. E10000018.") var authority: String

    func run() async throws {
        let list = try await withCaller(global) { try await SufficiencyClient(caller: $0).planningAreas(authority: authority) }
        if global.json { return try Output.json(list) }
        Output.table(
            title: "Planning areas, \(list.authority)",
            columns: [.left("Area"), .left("Name"), .left("Phase"), .left("Feeds"), .right("Schools"), .right("Capacity")],
            rows: list.areas.map { area in
                [
                    area.code, area.name, area.phase.title, area.secondaryPlanningArea, Output.number(area.schools.count),
                    Output.number(area.capacity),
                ]
            })
        print(
            "Capacity: places open in \(list.censusYears.last ?? "the latest census year"). "
                + "Census years held: \(list.censusYears.first ?? "none")\(list.censusYears.count > 1 ? " to \(list.censusYears.last!)" : "")."
        )
    }
}

/// `cyp sufficiency forecast --authority E10000018 [--phase primary] [--area P01] [--base-year 2022/23] [--store]`.
struct SufficiencyForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Run the cohort-survival pupil forecast by planning area (primary 5 years, secondary 7).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Local authority code, e.g. E10000018.") var authority: String
    @Option(help: "primary or secondary; both when omitted.") var phase: PhaseOption?
    @Option(name: .customLong("area"), help: "One planning area's code.") var area: String = ""
    @Option(name: .customLong("base-year"), help: "Last census year to use (2023/24); the latest when omitted.")
    var baseYear: String = ""
    @Flag(help: "Keep the forecast so its accuracy can be measured later.") var store = false
    @Flag(help: "Also print each area's ratios and notes.") var ratios = false

    func run() async throws {
        let forecast = try await withCaller(global) { caller in
            try await SufficiencyClient(caller: caller).forecast(
                authority: authority, phase: phase?.phase ?? .unspecified, planningArea: area, baseYear: baseYear,
                store: store)
        }
        if global.json { return try Output.json(forecast) }
        let years = forecast.areas.flatMap(\.years).map(\.academicYear)
        let columns = Array(Set(years)).sorted()
        Output.table(
            title: "Pupil forecast, \(forecast.authority), base year \(forecast.baseYear) (pupils; first column actual)",
            columns: [.left("Area"), .left("Phase")] + columns.map { .right($0) },
            rows: forecast.areas.map { area in
                let byYear = Dictionary(area.years.map { ($0.academicYear, $0.totalRounded) }, uniquingKeysWith: { a, _ in a })
                return [area.planningArea + " " + area.name, area.phase.title]
                    + columns.map { byYear[$0].map(Output.number) ?? "" }
            })
        print("Method: \(forecast.method).")
        if forecast.forecastId > 0 { print("Stored as forecast \(forecast.forecastId).") }
        if ratios {
            for area in forecast.areas {
                print("")
                Output.table(
                    title: "\(area.planningArea) \(area.name)",
                    columns: [.left("Transition"), .right("Ratio"), .left("Basis"), .left("History")],
                    rows: area.ratios.map { ratio in
                        [
                            ratio.transition, Output.number(ratio.ratio, places: 4), ratio.basis,
                            zip(ratio.historyYears, ratio.history).map { "\($0) \(Output.number($1, places: 4))" }
                                .joined(separator: ", "),
                        ]
                    })
                for note in area.notes { print("  - \(note)") }
            }
        } else {
            print("Ratios, fallbacks and notes: add --ratios (or --json).")
        }
    }
}

/// `cyp sufficiency places --authority E10000018 [--phase primary]`.
struct SufficiencyPlacesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Show forecast pupils against capacity per planning area and year, and the authority totals.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Local authority code, e.g. E10000018.") var authority: String
    @Option(help: "primary or secondary; both when omitted.") var phase: PhaseOption?
    @Option(name: .customLong("base-year"), help: "Last census year to use; the latest when omitted.") var baseYear: String = ""

    func run() async throws {
        let report = try await withCaller(global) { caller in
            try await SufficiencyClient(caller: caller).sufficiency(
                authority: authority, phase: phase?.phase ?? .unspecified, baseYear: baseYear)
        }
        if global.json { return try Output.json(report) }
        var rows: [[String]] = []
        for area in report.areas {
            for year in area.years {
                rows.append([
                    year.academicYear == area.years.first?.academicYear ? "\(area.planningArea) \(area.name)" : "",
                    year.academicYear + (year.actual ? " (actual)" : ""), Output.number(year.pupils),
                    Output.number(year.capacity), year.sparePlaces > 0 ? Output.number(year.sparePlaces) : "",
                    year.placesNeeded > 0 ? Output.number(year.placesNeeded) : "",
                    year.capacity > 0 ? Output.percent(year.surplusPercent) : "n/a", year.status.title,
                ])
            }
        }
        Output.table(
            title: "School places, \(report.authority), base year \(report.baseYear); target surplus "
                + "\(Output.number(report.targetMinPercent, places: 0))-\(Output.number(report.targetMaxPercent, places: 0))%",
            columns: [
                .left("Area"), .left("Year"), .right("Pupils"), .right("Capacity"), .right("Spare"), .right("Needed"),
                .right("Surplus"), .left("Status"),
            ],
            rows: rows)
        print("")
        Output.table(
            title: "Authority totals (shortfalls and surpluses are summed separately, never netted)",
            columns: [
                .left("Phase"), .left("Year"), .right("Pupils"), .right("Capacity"), .right("Shortfall"), .right("Surplus"),
                .right("Areas short"),
            ],
            rows: report.totals.map { total in
                [
                    total.phase.title, total.academicYear + (total.actual ? " (actual)" : ""), Output.number(total.pupils),
                    Output.number(total.capacity), Output.number(total.totalShortfall), Output.number(total.totalSurplus),
                    "\(total.areasShort) of \(total.areas)",
                ]
            })
        print("Capacity: \(report.capacityBasis).")
    }
}

/// `cyp sufficiency gap --authority E10000018 [--phase …] [--area …] [--capital-version …]`.
struct SufficiencyGapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap",
        abstract: "Show each area's shortfall, the places capital projects add and when, the gap left and its cost.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Local authority code, e.g. E10000018.") var authority: String
    @Option(help: "primary, secondary or specialist; all when omitted.") var phase: PhaseOption?
    @Option(name: .customLong("area"), help: "One planning area's code.") var area: String = ""
    @Option(name: .customLong("base-year"), help: "Last census year to use; the latest when omitted.") var baseYear: String = ""
    @Option(name: .customLong("capital-version"), help: "Capital programme version (YYYY-MM-DD); the newest when omitted.")
    var capitalVersion: String = ""

    func run() async throws {
        let report = try await withCaller(global) { caller in
            try await SufficiencyClient(caller: caller).placesGap(
                authority: authority, phase: phase?.phase ?? .unspecified, planningArea: area, baseYear: baseYear,
                capitalVersion: capitalVersion)
        }
        if global.json { return try Output.json(report) }
        var rows: [[String]] = []
        for area in report.areas {
            for (index, year) in area.years.enumerated() {
                rows.append([
                    index == 0 ? "\(area.planningArea) \(area.name)" : "", year.academicYear, Output.number(year.shortfall),
                    year.plannedOpening > 0 ? "+" + Output.number(year.plannedOpening) : "", Output.number(year.plannedPlaces),
                    Output.number(year.remainingGap), Output.number(year.spareAfter),
                ])
            }
        }
        let version = report.capitalVersion.isEmpty ? "no capital programme" : "capital programme \(report.capitalVersion)"
        Output.table(
            title: "Places gap, \(report.authority), base year \(report.baseYear), \(version)",
            columns: [
                .left("Area"), .left("Year"), .right("Shortfall"), .right("Opening"), .right("Planned"), .right("Gap left"),
                .right("Spare after"),
            ],
            rows: rows)
        print("")
        Output.table(
            title: "Authority view (peak per area, summed; planned places in one area never cover another's gap)",
            columns: [
                .left("Phase"), .right("Shortfall"), .right("Planned"), .right("Gap left"), .right("Cost per place"),
                .right("Cost to close"),
            ],
            rows: report.phases.map { phase in
                [
                    phase.phase.title, Output.number(phase.totalShortfall), Output.number(phase.totalPlanned),
                    Output.number(phase.remainingGap), phase.hasCost ? Output.pounds(phase.costPerPlace) : "n/a",
                    phase.hasCost ? Output.pounds(phase.costToClose) : "n/a",
                ]
            })
        for phase in report.phases { print("Cost per place, \(phase.phase.rawValue): \(phase.costPerPlaceBasis).") }
        for note in report.notes { print("Note: \(note)") }
    }
}

/// `cyp sufficiency accuracy --authority E10000018`.
struct SufficiencyAccuracyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Show stored forecasts against the numbers on roll that came true, (forecast − actual) ÷ actual.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Local authority code, e.g. E10000018.") var authority: String
    @Option(help: "primary or secondary; both when omitted.") var phase: PhaseOption?
    @Flag(name: .customLong("areas"), help: "Also list every planning area's errors.") var byArea = false

    func run() async throws {
        let report = try await withCaller(global) { caller in
            try await SufficiencyClient(caller: caller).accuracy(authority: authority, phase: phase?.phase ?? .unspecified)
        }
        if global.json { return try Output.json(report) }
        let lines = report.authorityLines + (byArea ? report.lines : [])
        Output.table(
            title: "Forecast accuracy, \(report.authority) (\(report.forecasts) stored forecasts; + = over-forecast)",
            columns: [
                .left("Area"), .left("Phase"), .left("Base year"), .left("Year"), .right("Ahead"), .right("Forecast"),
                .right("Actual"), .right("Error"),
            ],
            rows: lines.map { line in
                [
                    line.planningArea.isEmpty ? line.name : "\(line.planningArea) \(line.name)", line.phase.title,
                    line.baseYear, line.targetYear, "\(line.horizonYears) yr", Output.number(line.forecast),
                    Output.number(line.actual), line.hasError ? signedPercent(line.errorPercent) : "n/a",
                ]
            })
        print("")
        Output.table(
            title: "Summary",
            columns: [.left("Phase"), .right("Ahead"), .right("Comparisons"), .right("Error"), .right("Mean |area error|")],
            rows: report.summaries.map { summary in
                [
                    summary.phase.title, "\(summary.horizonYears) yr", Output.number(summary.comparisons),
                    summary.hasError ? signedPercent(summary.errorPercent) : "n/a",
                    Output.percent(summary.meanAbsoluteAreaErrorPercent, places: 2),
                ]
            })
    }
}

/// `cyp sufficiency specialist --authority E10000018`.
struct SufficiencySpecialistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specialist",
        abstract: "Show pupils with an EHCP needing a specialist place against specialist capacity.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Local authority code, e.g. E10000018.") var authority: String
    @Option(name: .customLong("base-year"), help: "Last census year to use; the latest when omitted.") var baseYear: String = ""

    func run() async throws {
        let report = try await withCaller(global) { caller in
            try await SufficiencyClient(caller: caller).specialist(authority: authority, baseYear: baseYear)
        }
        if global.json { return try Output.json(report) }
        Output.keyValues(
            title: "Specialist places, \(report.authority), base year \(report.baseYear)",
            [
                ("SEND caseload used", report.caseloadAsAt),
                ("Aged 5-10 needing a specialist place", Output.number(report.primaryBase)),
                ("Aged 11-15 needing a specialist place", Output.number(report.secondaryBase)),
                ("Growth a year", Output.percent(report.annualGrowthPercent)),
                ("Growth basis", report.growthBasis),
            ])
        Output.table(
            columns: [
                .left("Year"), .right("Primary"), .right("Secondary"), .right("Demand"), .right("Places"), .right("Needed"),
                .right("Spare"),
            ],
            rows: report.years.map { year in
                [
                    year.academicYear, year.hasPrimary ? Output.number(year.primaryDemand) : "",
                    Output.number(year.secondaryDemand), year.hasComparison ? Output.number(year.demand) : "",
                    Output.number(year.capacity), year.hasComparison ? Output.number(year.placesNeeded) : "",
                    year.hasComparison ? Output.number(year.sparePlaces) : "",
                ]
            })
        print("Demand: EHCPs in special schools, resourced provision / SEN units and independent special schools.")
        print("Places: statutory school-age places of specialist provision, compared as one pool while both phases are forecast.")
        for note in report.notes { print("Note: \(note)") }
    }
}

/// `cyp sufficiency capacity-return --authority E10000018 --out DIR`.
struct SufficiencyCapacityReturnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity-return",
        abstract: "Write the school capacity survey tables as CSV files (capacity, forecasts, planned places).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Local authority code, e.g. E10000018.") var authority: String
    @Option(name: .customLong("base-year"), help: "Last census year to use; the latest when omitted.") var baseYear: String = ""
    @Option(name: .customLong("capital-version"), help: "Capital programme version; the newest when omitted.")
    var capitalVersion: String = ""
    @Option(help: "Directory to write the files to (created if missing); without it, only list them.") var out: String?

    func run() async throws {
        let result = try await withCaller(global) { caller in
            try await SufficiencyClient(caller: caller).capacityReturn(
                authority: authority, baseYear: baseYear, capitalVersion: capitalVersion)
        }
        var written: [String] = []
        if let out {
            let directory = URL(fileURLWithPath: out)
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                for file in result.files {
                    let path = directory.appendingPathComponent(file.name)
                    try Data(file.csv.utf8).write(to: path)
                    written.append(path.path)
                }
            } catch {
                throw ValidationError("cannot write to \(out): \(error.localizedDescription)")
            }
        }
        if global.json { return try Output.json(result) }
        Output.table(
            title: "School capacity return, \(result.authority), base year \(result.baseYear)",
            columns: [.left("File"), .right("Rows"), .left("Holds")],
            rows: result.files.map { [$0.name, Output.number($0.rows), $0.description] })
        if written.isEmpty {
            print("Nothing written: add --out DIR to write the files.")
        } else {
            print("Written: \(written.joined(separator: ", "))")
        }
    }
}

/// `cyp sufficiency import DATASET FILE`.
struct SufficiencyImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import one CSV file, all or nothing; rows replace those held with the same key.",
        discussion: "Datasets: \(SufficiencyDataset.names). `cyp sufficiency template DATASET` prints a header. "
            + CSVUpload.streamingNote)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The dataset: \(SufficiencyDataset.names).") var dataset: String
    @Argument(help: "The CSV file.") var file: String

    func validate() throws {
        guard sufficiencyDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(SufficiencyDataset.names)")
        }
    }

    func run() async throws {
        guard let dataset = sufficiencyDataset(dataset) else { throw ValidationError("unknown dataset") }
        let result = try await CSVUpload.send(
            file, global: global,
            whole: { caller, text, fileName in
                try await SufficiencyClient(caller: caller).importFile(dataset: dataset, fileName: fileName, csv: text)
            },
            streamed: { caller, path, fileName, progress in
                try await SufficiencyClient(caller: caller).importFile(
                    path: path, dataset: dataset, fileName: fileName, progress: progress)
            })
        if global.json { return try Output.json(result) }
        print(
            "Stored \(Output.number(result.rows)) \(result.rows == 1 ? "row" : "rows") from \(result.fileName) into "
                + "\(result.dataset) for \(result.authorities.joined(separator: ", ")) "
                + "(\(Output.number(result.replaced)) replaced rows held with the same key).")
    }
}

/// `cyp sufficiency template DATASET`: the dataset's CSV header (no server needed).
struct SufficiencyTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Print the CSV header of a dataset's template (no server needed).",
        discussion: "With --json: the dataset, its header, and its required and optional columns.")

    /// Accepted so that `cyp --server H:P --json <module> template …` works like every other command (`--server` is
    /// ignored: no host is asked).
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(SufficiencyDataset.names).") var dataset: String

    func validate() throws {
        guard sufficiencyDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(SufficiencyDataset.names)")
        }
    }

    func run() throws {
        guard let dataset = sufficiencyDataset(dataset) else { throw ValidationError("unknown dataset") }
        try Output.template(
            dataset: dataset.rawValue, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            json: global.json)
    }
}

/// A dataset named on the command line (`number_on_roll` or `number-on-roll`).
private func sufficiencyDataset(_ name: String) -> SufficiencyDataset? {
    SufficiencyDataset(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
}

/// `+1.2%` / `-0.4%`.
private func signedPercent(_ value: Double) -> String {
    let text = Output.percent(value, places: 1)
    return value > 0 && text != "0.0%" ? "+" + text : text
}
