public import ArgumentParser
import CYPHubCLI
import CYPHubCore
import Foundation
import SocialCareModule

/// `cyp social-care …`: the monthly social care demand snapshot, caseloads and CSV import.
public struct SocialCareCommand: AsyncParsableCommand {
    /// The group and its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "social-care",
        abstract: "Social care demand snapshots, caseloads by team and CSV import.",
        subcommands: [
            SocialCareSnapshotCommand.self, SocialCareCaseloadsCommand.self, SocialCareSnapshotsCommand.self,
            SocialCareImportCommand.self, SocialCareTemplateCommand.self,
        ]
    )

    /// Creates the command (the parser fills it).
    public init() {}
}

/// `cyp social-care snapshot --authority E06000016 [--date 2024-10-04]`.
struct SocialCareSnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Show a demand snapshot with the change from 13 weeks earlier, as the council's table prints it."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E06000016.")
    var authority: String

    @Option(help: "Snapshot date (YYYY-MM-DD); the latest when omitted.")
    var date: String = ""

    func run() async throws {
        let snapshot = try await withCaller(global) { caller in
            try await SocialCareClient(caller: caller).snapshot(authority: authority, date: date)
        }
        if global.json {
            try Output.json(snapshot)
            return
        }
        let comparison = snapshot.comparison ?? ComparisonBasis()
        let basis =
            comparison.hasEarlierSnapshot
            ? "compared with \(socialCareUKDate(comparison.earlierDate)) (\(comparison.daysBetween) days earlier)"
            : "no comparison: no snapshot on or before \(socialCareUKDate(comparison.latestEligibleDate))"
        Output.table(
            title: "Social care demand snapshot, \(snapshot.authority), \(socialCareUKDate(snapshot.date)); \(basis)",
            columns: [
                .left("Figure"), .right("Number"), .right("Change (13 weeks)"), .right("% change"), .left("Notes"),
            ],
            rows: snapshot.rows.map { row in
                [row.label, row.valueDisplay, row.changeDisplay, row.percentChangeDisplay, row.note]
            }
        )
        print("Rates are per 10,000 children aged 0-17. % change '-': the earlier value was 0. 'n/a': not available.")
    }
}

/// `cyp social-care caseloads --authority E06000016 [--date …] [--team-type cin …] [--workers]`.
struct SocialCareCaseloadsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseloads",
        abstract: "Show caseloads by team type (highest, lowest, workers over the threshold, highest team)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E06000016.")
    var authority: String

    @Option(help: "Snapshot date (YYYY-MM-DD); the latest with worker records when omitted.")
    var date: String = ""

    @Option(
        name: .customLong("team-type"),
        help: "Only this team type (repeatable): \(TeamType.specified.map(\.rawValue).joined(separator: ", "))."
    )
    var teamTypes: [String] = []

    @Flag(help: "Also list every worker's caseload.")
    var workers = false

    func validate() throws {
        for name in teamTypes where socialCareTeamType(name) == nil {
            throw ValidationError(
                "--team-type: '\(name)' is not one of \(TeamType.specified.map(\.rawValue).joined(separator: ", "))"
            )
        }
    }

    func run() async throws {
        let types = teamTypes.compactMap(socialCareTeamType)
        let caseloads = try await withCaller(global) { caller in
            try await SocialCareClient(caller: caller).caseloads(
                authority: authority, date: date, teamTypes: types, includeWorkers: workers
            )
        }
        if global.json {
            try Output.json(caseloads)
            return
        }
        Output.table(
            title: "Caseloads, \(caseloads.authority), \(socialCareUKDate(caseloads.date))",
            columns: [
                .left("Team type"), .left("Counted by"), .right("Workers"), .right("Teams"), .right("Total"),
                .right("Highest"), .right("Lowest"), .right("Threshold"), .right("Over"), .right("Highest team"),
                .left("Team"),
            ],
            rows: caseloads.summaries.map { summary in
                [
                    summary.teamType.displayName, summary.basis.rawValue, Output.number(summary.workerCount),
                    Output.number(summary.teamCount), Output.number(summary.totalCaseload),
                    Output.number(summary.highestWorkerCaseload), Output.number(summary.lowestWorkerCaseload),
                    Output.number(summary.threshold), Output.number(summary.workersOverThreshold),
                    Output.number(summary.highestTeamCaseload), summary.highestTeamId,
                ]
            }
        )
        print("Over: workers holding more than the threshold (strictly greater).")
        guard workers else { return }
        print("")
        Output.table(
            title: "Workers",
            columns: [.left("Worker"), .left("Team"), .left("Team type"), .right("Cases"), .right("Families")],
            rows: caseloads.workers.map { worker in
                [
                    worker.workerId, worker.teamId, worker.teamType.displayName, Output.number(worker.cases),
                    worker.familyCount.map { Output.number($0) } ?? "",
                ]
            }
        )
    }
}

/// `cyp social-care snapshots --authority E06000016`.
struct SocialCareSnapshotsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshots",
        abstract: "List the snapshot dates held for an authority and which datasets each has."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E06000016.")
    var authority: String

    func run() async throws {
        let list = try await withCaller(global) { caller in
            try await SocialCareClient(caller: caller).snapshots(authority: authority)
        }
        if global.json {
            try Output.json(list)
            return
        }
        guard !list.dates.isEmpty else {
            print("No social care data held for \(list.authority).")
            return
        }
        Output.table(
            title: "Social care snapshots, \(list.authority)",
            columns: [.left("Date"), .left("Demand"), .right("Worker records"), .right("Supervision areas")],
            rows: list.dates.map { entry in
                [
                    socialCareUKDate(entry.date), entry.hasDemand ? "yes" : "no", Output.number(entry.workerCount),
                    Output.number(entry.supervisionAreas),
                ]
            }
        )
    }
}

/// `cyp social-care import <dataset> <file>`.
struct SocialCareImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import one CSV file, all or nothing; it replaces the snapshots (authority and date) it contains.",
        discussion: "Datasets: \(Dataset.importable.map(\.rawValue).joined(separator: ", ")). "
            + "`cyp social-care template <dataset>` prints a dataset's header. " + CSVUpload.streamingNote
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(Dataset.importable.map(\.rawValue).joined(separator: ", ")).")
    var dataset: String

    @Argument(help: "The CSV file.")
    var file: String

    func validate() throws {
        guard socialCareDataset(dataset) != nil else {
            throw ValidationError(
                "'\(dataset)' is not a dataset; use one of \(socialCareDatasetNames)"
            )
        }
    }

    func run() async throws {
        guard let dataset = socialCareDataset(dataset) else { throw ValidationError("unknown dataset") }
        let result = try await CSVUpload.send(
            file, global: global,
            whole: { caller, text, fileName in
                try await SocialCareClient(caller: caller).importCSV(dataset: dataset, fileName: fileName, csv: text)
            },
            streamed: { caller, path, fileName, progress in
                try await SocialCareClient(caller: caller).importFile(
                    path: path, dataset: dataset, fileName: fileName, progress: progress)
            })
        if global.json {
            try Output.json(result)
            return
        }
        let snapshots = result.snapshots.map { "\($0.authority) \(socialCareUKDate($0.date))" }.joined(separator: ", ")
        print(
            "Stored \(socialCareRows(result.rowsStored)) from \(result.fileName) into \(result.dataset.rawValue) "
                + "(replacing \(socialCareRows(result.rowsReplaced)) held before) for \(snapshots)."
        )
    }
}

/// `cyp social-care template <dataset>`: prints the header line of a dataset's CSV template.
struct SocialCareTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print the CSV header of a dataset's template (no server needed).",
        discussion: "With --json: the dataset, its header, and its required and optional columns."
    )

    /// Accepted so that `cyp --server H:P --json <module> template …` works like every other command (`--server` is
    /// ignored: no host is asked).
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(Dataset.importable.map(\.rawValue).joined(separator: ", ")).")
    var dataset: String

    func validate() throws {
        guard socialCareDataset(dataset) != nil else {
            throw ValidationError(
                "'\(dataset)' is not a dataset; use one of \(socialCareDatasetNames)"
            )
        }
    }

    func run() throws {
        guard let dataset = socialCareDataset(dataset) else { throw ValidationError("unknown dataset") }
        try Output.template(
            dataset: dataset.rawValue, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            json: global.json)
    }
}

/// A team type named on the command line (`early_help_cluster`, any case), never `unspecified`.
private func socialCareTeamType(_ name: String) -> TeamType? {
    TeamType.specified.first { $0.rawValue == name.lowercased() }
}

/// A dataset named on the command line (`worker_caseloads` or `worker-caseloads`), never `unspecified`.
private func socialCareDataset(_ name: String) -> Dataset? {
    let normalised = name.lowercased().replacingOccurrences(of: "-", with: "_")
    return Dataset.importable.first { $0.rawValue == normalised }
}

/// The importable datasets' names, comma-separated.
private let socialCareDatasetNames = Dataset.importable.map(\.rawValue).joined(separator: ", ")

/// `1 row`, `1,234 rows`.
private func socialCareRows(_ count: Int) -> String {
    "\(Output.number(count)) \(count == 1 ? "row" : "rows")"
}

/// `2024-10-04` as UK reports print it: `04/10/2024`.
private func socialCareUKDate(_ text: String) -> String {
    LocalDate(parsing: text)?.ukDescription ?? text
}
