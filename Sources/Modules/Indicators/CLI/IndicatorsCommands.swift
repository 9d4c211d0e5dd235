public import ArgumentParser
import CYPHubCLI
import CYPHubCore
import Foundation
import IndicatorsModule

/// `cyp indicators …`: the performance report, the indicator list, CSV import and templates.
public struct IndicatorsCommand: AsyncParsableCommand {
    /// The group and its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Performance indicators: value, trend, target, RAG, national rank and quartile, neighbour average.",
        subcommands: [
            IndicatorsReportCommand.self, IndicatorsListCommand.self, IndicatorsImportCommand.self,
            IndicatorsTemplateCommand.self,
        ]
    )

    /// Creates the command (the parser fills it).
    public init() {}
}

/// `cyp indicators report --authority E10000018 [--period FY2023-24-Q3]`.
struct IndicatorsReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show an authority's performance report: each indicator's latest value and what is derived from it."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018 (Leicestershire).")
    var authority: String

    @Option(
        help: ArgumentHelp(
            "Show each indicator's latest value ending on or before this period; the latest of each when omitted.",
            discussion: "Codes: 2024-03, FY2023-24-Q4, AY2023-24-SPR, AY2022-23, FY2023-24; or labels: \"Q4 2023/24\"."))
    var period: String = ""

    @Option(name: .customLong("neighbour-set"), help: "Neighbour-set version to average over; the latest when omitted.")
    var neighbourSet: String = ""

    @Option(
        name: .customLong("no-target-rule"),
        help: "How to rate indicators without a target: default, none, england-average or neighbour-average.")
    var noTargetRule: String = "default"

    func validate() throws {
        guard indicatorsNoTargetChoice(noTargetRule) != nil else {
            throw ValidationError(
                "'\(noTargetRule)' is not a no-target rule; use default, none, england-average or neighbour-average")
        }
    }

    func run() async throws {
        let choice = indicatorsNoTargetChoice(noTargetRule) ?? .default
        let report = try await withCaller(global) { caller in
            try await IndicatorsClient(caller: caller).report(
                authority: authority, period: period, neighbourSetVersion: neighbourSet, noTargetRule: choice)
        }
        if global.json {
            try Output.json(report)
            return
        }
        let name = report.authorityName.isEmpty ? report.authority : "\(report.authorityName) (\(report.authority))"
        let when = report.asAt.isEmpty ? "latest available" : "as at \(report.asAtLabel)"
        Output.table(
            title: "Performance indicators: \(name), \(when)",
            columns: [
                .left("Indicator"), .left("Period"), .right("Value"), .left("Previous"), .right("Change"),
                .left("Trend"), .right("Target"), .left("RAG"), .right("Rank"), .right("Quartile"),
                .right("Neighbours"), .right("England"),
            ],
            rows: report.lines.map { line in
                [
                    indicatorsShort(line.name, 46), line.periodLabel, line.valueDisplay,
                    line.hasPrevious ? "\(line.previousDisplay) (\(line.previousPeriodLabel))" : "",
                    line.changeDisplay, line.trendDisplay, line.target?.display ?? "",
                    line.rag.displayName + (line.ragBasis == .target || line.rag == .none ? "" : "*"),
                    line.hasRank ? "\(line.rank) of \(line.reportingCount)" : "",
                    line.quartileBand > 0 ? "\(line.quartileBand) (\(line.quartileLetter))" : "",
                    line.hasNeighbourAverage
                        ? "\(line.neighbourAverageDisplay) (\(line.neighboursReporting)/\(line.neighbourSetSize))" : "",
                    line.england?.display ?? "",
                ]
            }
        )
        let rule =
            switch report.noTargetRule {
            case .none: "not rated"
            case .englandAverage: "rated against the England average"
            case .neighbourAverage: "rated against the statistical-neighbour average"
            }
        if report.lines.contains(where: { $0.ragBasis != .target && $0.rag != .none }) {
            print(
                "* No local target: \(rule), amber within "
                    + "\(Output.number(report.noTargetTolerancePercent, places: 1))% of it.")
        }
        print(
            "Rank 1 and quartile 1 (A) are best, among the authorities reporting the same period "
                + "(at least \(report.minimumForBenchmark)); ties share the best rank.")
        if !report.neighbourSetVersion.isEmpty {
            print(
                "Neighbours: mean of those reporting (n/size), set \(report.neighbourSetVersion) "
                    + "effective \(report.neighbourSetEffectiveDate).")
        }
        print(
            "Trend: \"No change\" when equal as shown, or when a worsening is within "
                + "\(Output.number(report.trendTolerancePercent, places: 1))% of the previous value"
                + (report.trendToleranceScope == .bothDirections ? " (either direction)." : "."))
        if report.lines.contains(where: { $0.suppressed || $0.previousSuppressed }) {
            print("c: a small number (1 to 5), or a figure built on one, withheld.")
        }
    }
}

/// `cyp indicators list`.
struct IndicatorsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every indicator definition held, with how much data each has.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let list = try await withCaller(global) { caller in try await IndicatorsClient(caller: caller).listIndicators() }
        if global.json {
            try Output.json(list)
            return
        }
        Output.table(
            title: "Performance indicators (\(Output.number(list.indicators.count)))",
            columns: [
                .left("Id"), .left("Name"), .left("Type"), .left("Polarity"), .left("Frequency"), .right("Target"),
                .right("Observations"), .right("Authorities"), .left("Latest"),
            ],
            rows: list.indicators.map { indicator in
                [
                    indicator.id, indicatorsShort(indicator.name, 46), indicator.valueType.displayName,
                    indicator.polarity.displayName, indicator.frequency.displayName, indicator.target?.display ?? "",
                    Output.number(indicator.observationCount), Output.number(indicator.authorityCount),
                    indicator.latestPeriodLabel,
                ]
            }
        )
    }
}

/// `cyp indicators import <dataset> <file.csv>`.
struct IndicatorsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import one CSV file into one dataset, all or nothing.",
        discussion: "Load authorities and definitions before observations, neighbours and comparators. A file over 1 MiB "
            + "is streamed in pieces (the host holds at most 64 MiB, then checks it as a whole), with progress on a terminal."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(IndicatorsDataset.names).")
    var dataset: String

    @Argument(help: "The CSV file.")
    var file: String

    func validate() throws {
        guard indicatorsDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(IndicatorsDataset.names)")
        }
    }

    func run() async throws {
        guard let dataset = indicatorsDataset(dataset) else { throw ValidationError("unknown dataset") }
        let result = try await CSVUpload.send(
            file, global: global,
            whole: { caller, text, fileName in
                try await IndicatorsClient(caller: caller).importCSV(dataset: dataset, fileName: fileName, csv: text)
            },
            streamed: { caller, path, fileName, progress in
                try await IndicatorsClient(caller: caller).importFile(
                    path: path, dataset: dataset, fileName: fileName, progress: progress)
            })
        if global.json {
            try Output.json(result)
            return
        }
        let rows = result.rowsStored == 1 ? "1 row" : "\(Output.number(result.rowsStored)) rows"
        print("Stored \(rows) from \(result.fileName) into \(result.dataset.rawValue).")
    }
}

/// `cyp indicators template <dataset>`: prints the header line of a dataset's CSV template.
struct IndicatorsTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Print the CSV header of a dataset's template (no server needed).",
        discussion: "With --json: the dataset, its header, and its required and optional columns.")

    /// Accepted so that `cyp --server H:P --json <module> template …` works like every other command (`--server` is
    /// ignored: no host is asked).
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(IndicatorsDataset.names).")
    var dataset: String

    func validate() throws {
        guard indicatorsDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(IndicatorsDataset.names)")
        }
    }

    func run() throws {
        guard let dataset = indicatorsDataset(dataset) else { throw ValidationError("unknown dataset") }
        try Output.template(
            dataset: dataset.rawValue, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            json: global.json)
    }
}

/// A dataset named on the command line.
private func indicatorsDataset(_ name: String) -> IndicatorsDataset? {
    IndicatorsDataset.importable.first { $0.rawValue == name.lowercased() }
}

/// A no-target rule named on the command line (`england-average` or `england_average`).
private func indicatorsNoTargetChoice(_ name: String) -> NoTargetRuleChoice? {
    let normalised = name.lowercased().replacingOccurrences(of: "-", with: "_")
    return NoTargetRuleChoice.allCases.first { $0.rawValue == normalised }
}

/// `text` cut to `length` characters with an ellipsis.
private func indicatorsShort(_ text: String, _ length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
}
