public import ArgumentParser
import CYPHubCLI
import CYPHubCore
import Foundation
import SocialCareModule
import WorkforceModule

/// `cyp workforce …`: staffing establishment, DfE workforce indicators, agency cost and CSV import.
public struct WorkforceCommand: AsyncParsableCommand {
    /// The group and its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "workforce",
        abstract: "Staffing establishment, social work workforce indicators, agency cost and CSV import.",
        subcommands: [
            WorkforceEstablishmentCommand.self, WorkforceSummaryCommand.self, WorkforceAgencyCostCommand.self,
            WorkforceImportCommand.self, WorkforceTemplateCommand.self,
        ]
    )

    /// Creates the command (the parser fills it).
    public init() {}
}

/// `cyp workforce establishment --authority E06000016 [--as-at 2024-10-29]`.
struct WorkforceEstablishmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "establishment",
        abstract: "Show the staffing establishment by division and service, with division totals and a grand total."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E06000016.")
    var authority: String

    @Option(name: .customLong("as-at"), help: "Establishment date (YYYY-MM-DD); the latest when omitted.")
    var asAt: String = ""

    func run() async throws {
        let establishment = try await withCaller(global) { caller in
            try await WorkforceClient(caller: caller).establishment(authority: authority, asAt: asAt)
        }
        if global.json {
            try Output.json(establishment)
            return
        }
        var rows: [[String]] = []
        for division in establishment.divisions {
            for (index, service) in division.services.enumerated() {
                rows.append([
                    index == 0 ? division.name : "", service.service, Output.number(service.headcount),
                    service.hasFte ? Output.number(service.fte, places: 1) : "",
                ])
            }
            rows.append(["Total \(division.name)", "", Output.number(division.headcount), workforceFTE(division.fte)])
        }
        rows.append(["Grand total", "", Output.number(establishment.headcount), workforceFTE(establishment.fte)])
        Output.table(
            title: "Staffing establishment, \(establishment.authority), \(workforceUKDate(establishment.asAt))",
            columns: [.left("Division"), .left("Service"), .right("Headcount"), .right("FTE")],
            rows: rows
        )
        print("Totals are computed from the service lines. FTE blank: not given; 'partial': some lines give none.")
        print("Source: \(establishment.source)")
    }
}

/// `cyp workforce summary --authority E06000016 [--as-at 2024-09-30]`.
struct WorkforceSummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Show turnover, agency and vacancy rates and average caseload (DfE definitions) by team."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E06000016.")
    var authority: String

    @Option(name: .customLong("as-at"), help: "Census date (YYYY-MM-DD); the latest return when omitted.")
    var asAt: String = ""

    func run() async throws {
        let summary = try await withCaller(global) { caller in
            try await WorkforceClient(caller: caller).summary(authority: authority, asAt: asAt)
        }
        if global.json {
            try Output.json(summary)
            return
        }
        Output.table(
            title: "Social work workforce, \(summary.authority), census \(workforceUKDate(summary.asAt))",
            columns: [
                .left("Team"), .right("Employed FTE"), .right("Agency FTE"), .right("Vacancy FTE"),
                .right("Leaver FTE"), .right("Turnover"), .right("Agency rate"), .right("Vacancy rate"),
                .right("Cases"), .right("Case-holder FTE"), .right("Avg caseload"),
            ],
            rows: (summary.teams + [summary.total].compactMap { $0 }).map { team in
                let caseload = team.caseload ?? CaseloadFigure()
                return [
                    team.team, Output.number(team.employedFte, places: 1), Output.number(team.agencyFte, places: 1),
                    Output.number(team.vacancyFte, places: 1), Output.number(team.leaverFte, places: 1),
                    workforcePercent(team.turnover), workforcePercent(team.agency), workforcePercent(team.vacancy),
                    Output.number(caseload.cases), Output.number(caseload.caseHolderFte, places: 1),
                    caseload.hasAverage ? Output.number(caseload.average, places: 1) : "n/a",
                ]
            }
        )
        print("Turnover = leaver FTE (12 months to the census) / employed FTE.")
        print("Agency rate = agency / (agency + employed) FTE. Vacancy rate = vacancy / (vacancy + employed) FTE.")
        print("Avg caseload = cases / case-holder FTE (employed and agency). n/a: no denominator.")
        print("Source: \(summary.source)")
        guard let socialCare = summary.socialCare else {
            print("No social care caseload or supervision records in the 91 days up to the census date.")
            return
        }
        print("")
        let supervision = socialCare.supervision.map { area in
            (
                "\(area.area.displayName) supervision compliant",
                area.hasPercentCompliant
                    ? "\(Output.percent(area.percentCompliant)) (\(Output.number(area.supervisionsInTimescale)) of "
                        + "\(Output.number(area.supervisionsDue)) in timescale)"
                    : "n/a (none due)"
            )
        }
        Output.keyValues(
            title: "From the social care module, snapshot \(workforceUKDate(socialCare.snapshotDate)):", supervision
        )
        Output.table(
            columns: [
                .left("Team type"), .left("Counted by"), .right("Workers"), .right("Highest"), .right("Lowest"),
                .right("Threshold"), .right("Over threshold"),
            ],
            rows: socialCare.caseloads.map { summary in
                [
                    summary.teamType.displayName, summary.basis.rawValue, Output.number(summary.workerCount),
                    Output.number(summary.highestWorkerCaseload), Output.number(summary.lowestWorkerCaseload),
                    Output.number(summary.threshold), Output.number(summary.workersOverThreshold),
                ]
            }
        )
        print("Over threshold: workers holding more than the threshold (strictly greater).")
    }
}

/// `cyp workforce agency-cost --authority E06000016 [--as-at …] [--agency-fte 23]`.
struct WorkforceAgencyCostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency-cost",
        abstract: "Show the agency premium per FTE and the annual cost of the agency FTE against employing them."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E06000016.")
    var authority: String

    @Option(name: .customLong("as-at"), help: "Use pay rates and the staff return held on or before this date.")
    var asAt: String = ""

    @Option(name: .customLong("agency-fte"), help: "Cost this agency FTE instead of the staff return's.")
    var agencyFTE: Double?

    func run() async throws {
        let cost = try await withCaller(global) { caller in
            try await WorkforceClient(caller: caller).agencyCost(authority: authority, asAt: asAt, agencyFTE: agencyFTE)
        }
        if global.json {
            try Output.json(cost)
            return
        }
        var fteBasis = cost.agencyFteBasis
        if !cost.returnAsAt.isEmpty {
            fteBasis += " at \(workforceUKDate(cost.returnAsAt))"
            if let rate = cost.agencyRate { fteBasis += ", agency rate \(workforcePercent(rate))" }
        }
        Output.keyValues(
            title: "Agency social worker cost, \(cost.authority), pay rates at \(workforceUKDate(cost.payAsAt))",
            [
                ("Employed, a month per FTE", Output.pounds(cost.employedMonthly)),
                ("Agency, a month per FTE", Output.pounds(cost.agencyMonthly)),
                (
                    "Premium, a month per FTE",
                    Output.pounds(cost.monthlyPremium)
                        + (cost.hasPremiumPercent ? " (\(Output.percent(cost.premiumPercent)) above employed)" : "")
                ),
                ("Premium, a year per FTE", Output.pounds(cost.annualPremiumPerFte)),
                ("Agency FTE", "\(Output.number(cost.agencyFte, places: 1)) (\(fteBasis))"),
                ("Annual cost, agency", Output.pounds(cost.agencyAnnualCost)),
                ("Annual cost if employed", Output.pounds(cost.employedEquivalentAnnualCost)),
                ("Annual agency premium", Output.pounds(cost.annualPremium)),
            ]
        )
        print("Pay only: agency fees and on-costs are not included. Source: \(cost.paySource)")
    }
}

/// `cyp workforce import <dataset> <file>`.
struct WorkforceImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import one CSV file, all or nothing; it replaces the authority-and-date periods it contains.",
        discussion: "Datasets: \(WorkforceDataset.names). `cyp workforce template <dataset>` prints a dataset's header. "
            + CSVUpload.streamingNote
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(WorkforceDataset.names).")
    var dataset: String

    @Argument(help: "The CSV file.")
    var file: String

    func validate() throws {
        guard workforceDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(WorkforceDataset.names)")
        }
    }

    func run() async throws {
        guard let dataset = workforceDataset(dataset) else { throw ValidationError("unknown dataset") }
        let result = try await CSVUpload.send(
            file, global: global,
            whole: { caller, text, fileName in
                try await WorkforceClient(caller: caller).importFile(dataset: dataset, fileName: fileName, csv: text)
            },
            streamed: { caller, path, fileName, progress in
                try await WorkforceClient(caller: caller).importFile(
                    path: path, dataset: dataset, fileName: fileName, progress: progress)
            })
        if global.json {
            try Output.json(result)
            return
        }
        print(
            "Stored \(workforceRows(result.rows)) from \(result.fileName) into \(result.dataset) "
                + "(replacing \(workforceRows(result.replaced)) held before) "
                + "for \(result.periods.joined(separator: ", "))."
        )
    }
}

/// `cyp workforce template <dataset>`: prints the header line of a dataset's CSV template.
struct WorkforceTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print the CSV header of a dataset's template (no server needed).",
        discussion: "With --json: the dataset, its header, and its required and optional columns."
    )

    /// Accepted so that `cyp --server H:P --json <module> template …` works like every other command (`--server` is
    /// ignored: no host is asked).
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(WorkforceDataset.names).")
    var dataset: String

    func validate() throws {
        guard workforceDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(WorkforceDataset.names)")
        }
    }

    func run() throws {
        guard let dataset = workforceDataset(dataset) else { throw ValidationError("unknown dataset") }
        try Output.template(
            dataset: dataset.rawValue, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            json: global.json)
    }
}

/// A dataset named on the command line (`staff_return` or `staff-return`).
private func workforceDataset(_ name: String) -> WorkforceDataset? {
    WorkforceDataset(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
}

/// A rate to one decimal place, or `n/a` when undefined (or absent).
private func workforcePercent(_ rate: RateFigure?) -> String {
    guard let rate, rate.hasPercent else { return "n/a" }
    return Output.percent(rate.percent)
}

/// An FTE total: the number when complete, marked partial when some lines give none, blank when none do.
private func workforceFTE(_ sum: FteSum?) -> String {
    guard let sum else { return "" }
    if sum.complete { return Output.number(sum.known, places: 1) }
    return sum.linesWithFte > 0 ? "\(Output.number(sum.known, places: 1)) (partial)" : ""
}

/// `1 row`, `1,234 rows`.
private func workforceRows(_ count: Int) -> String {
    "\(Output.number(count)) \(count == 1 ? "row" : "rows")"
}

/// `2024-10-29` as UK reports print it: `29/10/2024`.
private func workforceUKDate(_ text: String) -> String {
    LocalDate(parsing: text)?.ukDescription ?? text
}
