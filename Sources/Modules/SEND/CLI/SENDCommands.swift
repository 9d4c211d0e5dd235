public import ArgumentParser
import CYPHubCLI
import CYPHubCore
import Foundation
import SENDModule

/// `cyp send …`: EHCP and SEN Support caseloads, SEN timeliness, the High Needs Block forecast,
/// scenarios and CSV import.
public struct SENDCommand: AsyncParsableCommand {
    /// The group and its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "SEND / High Needs: EHCP caseloads, SEN timeliness, the High Needs Block forecast and scenarios.",
        subcommands: [
            SENDEhcpCommand.self, SENDTimelinessCommand.self, SENDPlansCommand.self, SENDForecastCommand.self,
            SENDScenarioCommand.self, SENDImportCommand.self, SENDTemplateCommand.self,
        ]
    )

    /// Creates the command (the parser fills it).
    public init() {}
}

/// `cyp send ehcp --authority E10000018`.
struct SENDEhcpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ehcp",
        abstract: "Show EHCP and SEN Support caseloads (totals, by setting, by age band) and new EHCPs per year."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018 (Leicestershire).")
    var authority: String

    func run() async throws {
        let summary = try await withCaller(global) { caller in
            try await SENDClient(caller: caller).ehcpSummary(authority: authority)
        }
        if global.json {
            try Output.json(summary)
            return
        }
        for (title, snapshots) in [("EHCPs", summary.ehcp), ("SEN Support", summary.senSupport)] where !snapshots.isEmpty {
            var rows: [[String]] = []
            for snapshot in snapshots {
                let date = sendUKDate(snapshot.asAt)
                if snapshot.hasTotal {
                    rows.append(
                        [date, snapshot.periodLabel, "Total", Output.number(snapshot.total)]
                            + sendChangeCells(snapshot.sincePrevious) + [
                                sendYearAgo(snapshot.sinceYearAgo), "", snapshot.totalSource.rawValue,
                            ]
                    )
                }
                for group in snapshot.bySettingType + snapshot.byAgeBand {
                    rows.append(
                        [date, snapshot.periodLabel, group.label, Output.number(group.count)] + sendChangeCells(group.sincePrevious)
                            + [
                                sendYearAgo(group.sinceYearAgo), group.hasShareOfTotal ? Output.percent(group.shareOfTotalPercent) : "",
                                group.source.rawValue,
                            ]
                    )
                }
            }
            Output.table(
                title: "\(title), \(summary.authorityCode)",
                columns: [
                    .left("As at"), .left("Period"), .left("Figure"), .right("Count"), .right("Change"), .right("% change"),
                    .right("vs a year before"), .right("% of total"), .left("Source"),
                ],
                rows: rows
            )
            for snapshot in snapshots {
                for note in snapshot.consistencyNotes { print("Note (\(sendUKDate(snapshot.asAt))): \(note)") }
            }
            print("")
        }
        if !summary.newPlans.isEmpty {
            Output.table(
                title: "New EHCPs issued per calendar year, \(summary.authorityCode)",
                columns: [.left("Year"), .right("New plans"), .right("Change"), .right("% change"), .left("Source"), .left("Note")],
                rows: summary.newPlans.map { year in
                    [String(year.year), Output.number(year.count)] + sendChangeCells(year.sincePreviousYear) + [
                        year.source.rawValue, year.note,
                    ]
                }
            )
            print("")
        }
        print(
            "Changes compare with the previous snapshot holding the same figure; "
                + "'vs a year before' with the one nearest a year earlier (within 45 days)."
        )
        if summary.hasSyntheticData { print("Rows marked synthetic are made-up demo data, not council figures.") }
    }
}

/// `cyp send timeliness --authority E10000018 [--from 2022-01-01 --to 2023-06-30]`.
struct SENDTimelinessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeliness",
        abstract: "Show new EHCPs within 20 weeks and annual reviews, amendments and phase transfers on time, over a period."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    @Option(help: "First day of the period (YYYY-MM-DD); with --to. Both omitted: the latest calendar year.")
    var from: String = ""

    @Option(help: "Last day of the period, inclusive (YYYY-MM-DD).")
    var to: String = ""

    func validate() throws {
        if from.isEmpty != to.isEmpty { throw ValidationError("give both --from and --to, or neither") }
    }

    func run() async throws {
        let report = try await withCaller(global) { caller in
            try await SENDClient(caller: caller).timeliness(authority: authority, periodStart: from, periodEnd: to)
        }
        if global.json {
            try Output.json(report)
            return
        }
        let plans = report.newPlans ?? NewPlanTimeliness()
        func share(_ has: Bool, _ percent: Double, _ part: Int, _ whole: Int) -> String {
            has ? "\(Output.percent(percent))  (\(Output.number(part)) of \(Output.number(whole)))" : "-"
        }
        Output.keyValues(
            title:
                "SEN statutory timeliness, \(report.authorityCode), \(sendUKDate(report.periodStart)) to \(sendUKDate(report.periodEnd))",
            [
                ("New EHCPs issued", Output.number(plans.plansIssued)),
                ("  of which exception cases", Output.number(plans.exceptionPlans)),
                (
                    "Within 20 weeks, excluding exceptions",
                    share(
                        plans.hasPercentExcludingExceptions, plans.percentWithin20WeeksExcludingExceptions,
                        plans.issuedWithin20WeeksExcludingExceptions, plans.plansExcludingExceptions)
                ),
                (
                    "Within 20 weeks, including exceptions",
                    share(
                        plans.hasPercentIncludingExceptions, plans.percentWithin20WeeksIncludingExceptions, plans.issuedWithin20Weeks,
                        plans.plansIssued)
                ),
                (
                    "Average time to issue",
                    plans.hasPercentIncludingExceptions ? "\(Output.number(plans.averageWeeksToIssue, places: 1)) weeks" : "-"
                ),
                ("Requests open over 20 weeks at the end", Output.number(plans.openOverdueAtPeriodEnd)),
            ]
        )
        print("")
        let deadlines = [
            ("Annual reviews", report.annualReviews), ("Amendments (12 weeks)", report.amendments),
            ("Phase transfers", report.phaseTransfers),
        ].map { name, item in (name, item ?? DeadlineTimeliness()) }
        Output.table(
            columns: [.left("Due in the period"), .right("Due"), .right("Completed"), .right("%"), .right("On time"), .right("%")],
            rows: deadlines.map { name, item in
                [
                    name, Output.number(item.due), Output.number(item.completed),
                    item.hasPercent ? Output.percent(item.percentCompleted) : "-",
                    Output.number(item.completedOnTime), item.hasPercent ? Output.percent(item.percentOnTime) : "-",
                ]
            }
        )
        print("")
        print(
            "20 weeks: final plan issued at most 140 days after the request was received; "
                + "exceptions under the SEND Regulations 2014 reg. 13(3)."
        )
        print(
            "Reviews, amendments (start + 84 days) and transfers count when their deadline falls in the period; "
                + "completed = by the period end."
        )
        if report.hasSyntheticRecords { print("The records counted include SYNTHETIC demo data, not council records.") }
    }
}

/// `cyp send plans --authority E10000018`.
struct SENDPlansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plans", abstract: "List the High Needs plans held for an authority.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    func run() async throws {
        let list = try await withCaller(global) { caller in
            try await SENDClient(caller: caller).highNeedsPlans(authority: authority)
        }
        if global.json {
            try Output.json(list)
            return
        }
        Output.table(
            title: "High Needs plans, \(authority)",
            columns: [
                .left("Plan"), .left("Title"), .left("First year"), .right("Years"), .right("Opening deficit £000"), .left("Latest"),
                .left("Workstreams"),
            ],
            rows: list.plans.map { plan in
                [
                    plan.planId, plan.title, plan.firstYear, Output.number(plan.yearCount), Output.number(plan.openingDeficit),
                    plan.isLatest ? "yes" : "", plan.workstreams.joined(separator: "; "),
                ]
            }
        )
    }
}

/// `cyp send high-needs-forecast --authority E10000018 [--plan mtfs-2024-28]`.
struct SENDForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "high-needs-forecast",
        abstract: "Show the High Needs Block forecast year by year (£000), with the savings breakdowns reconciled."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    @Option(help: "Plan id; the latest plan when omitted.")
    var plan: String = ""

    func run() async throws {
        let forecast = try await withCaller(global) { caller in
            try await SENDClient(caller: caller).highNeedsForecast(authority: authority, planId: plan)
        }
        if global.json {
            try Output.json(forecast)
            return
        }
        sendPrintForecast(forecast)
        print("")
        print("Definitions: spend as % of grant = total expenditure before savings ÷ grant income; deficit as % of total DSG =")
        print("DSG surplus/deficit ÷ total DSG. Figures are computed unrounded from the plan's lines and shown to the nearest £1k.")
        if !forecast.source.isEmpty { print("Source: \(forecast.source)") }
    }
}

/// `cyp send scenario --authority E10000018 --savings-delivery 75 [--growth placement_costs=12]`.
struct SENDScenarioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Run the High Needs forecast under changed growth rates or savings delivery, beside the base forecast."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    @Option(help: "Plan id; the latest plan when omitted.")
    var plan: String = ""

    @Option(name: .customLong("savings-delivery"), help: "Share of every workstream's savings delivered, % (0-200); 100 when omitted.")
    var savingsDelivery: Double?

    @Option(
        name: .customLong("growth"),
        help: ArgumentHelp(
            "LINE=PERCENT, a replacement growth rate a year (repeatable).",
            discussion: "LINE: grant_income, placement_costs, other_costs, commissioning_costs, invest_to_save_costs, "
                + "other_dsg_blocks, total_dsg, or savings:WORKSTREAM."
        )
    )
    var growth: [String] = []

    @Option(name: .customLong("workstream-delivery"), help: "WORKSTREAM=PERCENT, the delivery of one workstream (repeatable).")
    var workstreamDelivery: [String] = []

    func validate() throws {
        _ = try growthInputs()
        _ = try deliveryInputs()
    }

    private func growthInputs() throws -> [GrowthOverrideInput] {
        try growth.map { text in
            let (target, percent) = try sendSplitAssignment(text, option: "--growth")
            if target.hasPrefix("savings:") {
                return GrowthOverrideInput(line: "savings", workstream: String(target.dropFirst("savings:".count)), growthPercent: percent)
            }
            return GrowthOverrideInput(line: target, growthPercent: percent)
        }
    }

    private func deliveryInputs() throws -> [WorkstreamDeliveryInput] {
        try workstreamDelivery.map { text in
            let (name, percent) = try sendSplitAssignment(text, option: "--workstream-delivery")
            return WorkstreamDeliveryInput(workstream: name, deliveryPercent: percent)
        }
    }

    func run() async throws {
        let request = RunHighNeedsScenarioRequest(
            authority: authority, planId: plan, growthOverrides: try growthInputs(), savingsDelivery: savingsDelivery,
            workstreamDelivery: try deliveryInputs()
        )
        let result = try await withCaller(global) { caller in
            try await SENDClient(caller: caller).highNeedsScenario(request)
        }
        if global.json {
            try Output.json(result)
            return
        }
        let forecast = result.baseForecast ?? HighNeedsForecast()
        print("High Needs scenario: \(forecast.title) (\(forecast.authorityCode), plan \(forecast.planId)), £000")
        for assumption in result.assumptions { print("  assumption: \(assumption)") }
        print("")
        let percentMeasures: Set<String> = ["high_needs_spend_percent_of_grant", "deficit_percent_of_total_dsg"]
        Output.table(
            columns: [.left("Year"), .left("Measure"), .right("Base"), .right("Scenario"), .right("Difference")],
            rows: result.comparisons.map { row in
                let isPercent = percentMeasures.contains(row.measure)
                func show(_ value: Double) -> String { isPercent ? Output.percent(value) : Output.number(value) }
                let difference = isPercent ? "\(sendSigned(row.difference, places: 1)) pts" : sendSigned(row.difference, places: 0)
                return [row.year, sendMeasureTitle(row.measure), show(row.baseValue), show(row.scenario), difference]
            }
        )
        print("")
        print("Scenario forecast in full:")
        if let scenario = result.scenario { sendPrintForecast(scenario) }
    }
}

/// `cyp send import <dataset> <file.csv>`.
struct SENDImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import one CSV file into one dataset, all or nothing.",
        discussion:
            "Datasets: \(sendDatasetNames). `cyp send template <dataset>` prints a dataset's header; "
            + "docs/modules/send.md describes every column. " + CSVUpload.streamingNote
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(sendDatasetNames).")
    var dataset: String

    @Argument(help: "The CSV file.")
    var file: String

    func validate() throws {
        guard sendDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(sendDatasetNames)")
        }
    }

    func run() async throws {
        guard let dataset = sendDataset(dataset) else { throw ValidationError("unknown dataset") }
        let result = try await CSVUpload.send(
            file, global: global,
            whole: { caller, text, fileName in
                try await SENDClient(caller: caller).importCSV(dataset: dataset.rawValue, fileName: fileName, csv: text)
            },
            streamed: { caller, path, fileName, progress in
                try await SENDClient(caller: caller).importFile(
                    path: path, dataset: dataset.rawValue, fileName: fileName, progress: progress)
            })
        if global.json {
            try Output.json(result)
            return
        }
        print(
            "Stored \(Output.number(result.rowsStored)) row\(result.rowsStored == 1 ? "" : "s") "
                + "from \(result.fileName) into \(result.dataset)."
        )
    }
}

/// `cyp send template <dataset>`: prints a dataset's CSV header (required columns, then optional ones).
struct SENDTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print the CSV header of a dataset's template (no server needed).",
        discussion: "With --json: the dataset, its header, and its required and optional columns."
    )

    /// Accepted so that `cyp --server H:P --json <module> template …` works like every other command (`--server` is
    /// ignored: no host is asked).
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(sendDatasetNames).")
    var dataset: String

    func validate() throws {
        guard sendDataset(dataset) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(sendDatasetNames)")
        }
    }

    func run() throws {
        guard let dataset = sendDataset(dataset) else { throw ValidationError("unknown dataset") }
        try Output.template(
            dataset: dataset.rawValue, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            json: global.json)
    }
}

// MARK: - Helpers (private to the send commands)

private let sendDatasetNames = SENDDataset.allCases.map(\.rawValue).joined(separator: ", ")

private func sendDataset(_ name: String) -> SENDDataset? {
    SENDDataset(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
}

/// `2024-01-18` → `18/01/2024`.
private func sendUKDate(_ iso: String) -> String {
    LocalDate(parsing: iso)?.ukDescription ?? iso
}

/// `+1,234` / `-76` / `0`.
private func sendSigned(_ value: Double, places: Int) -> String {
    (FigureFormat.rounded(value, places: places) > 0 ? "+" : "") + Output.number(value, places: places)
}

/// The change and % change cells of a comparison (empty when there is nothing to compare with).
private func sendChangeCells(_ change: CountChange?) -> [String] {
    guard let change, change.hasPrevious else { return ["", ""] }
    return [
        sendSigned(Double(change.change), places: 0), change.hasPercentChange ? sendSigned(change.percentChange, places: 1) + "%" : "-",
    ]
}

private func sendYearAgo(_ change: CountChange?) -> String {
    guard let change, change.hasPrevious else { return "" }
    let percent = change.hasPercentChange ? " (\(sendSigned(change.percentChange, places: 1))%)" : ""
    return sendSigned(Double(change.change), places: 0) + percent
}

private func sendSplitAssignment(_ text: String, option: String) throws -> (String, Double) {
    guard let equals = text.lastIndex(of: "="),
        let percent = Double(text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces))
    else {
        throw ValidationError("\(option) '\(text)': expected NAME=PERCENT, e.g. placement_costs=12")
    }
    let name = text[..<equals].trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw ValidationError("\(option) '\(text)': the name before '=' is empty") }
    return (name, percent)
}

private func sendMeasureTitle(_ measure: String) -> String {
    switch measure {
    case "total_expenditure": "Total expenditure"
    case "total_savings": "Total savings"
    case "annual_funding_gap": "Annual funding gap"
    case "deficit_carried_forward": "Cumulative HN deficit"
    case "dsg_surplus_deficit": "DSG surplus (-) / deficit"
    case "high_needs_spend_percent_of_grant": "HN spend as % of grant"
    case "deficit_percent_of_total_dsg": "Deficit as % of total DSG"
    default: measure
    }
}

/// Prints a forecast as the council lays it out: lines down, years across, then the savings breakdowns.
private func sendPrintForecast(_ forecast: HighNeedsForecast) {
    let years = forecast.years
    func money(_ read: (HighNeedsForecastYear) -> Double) -> [String] { years.map { Output.number(read($0)) } }
    var rows: [[String]] = [
        ["Grant Income"] + money(\.grantIncome),
        ["Placement Costs"] + money(\.placementCosts),
        ["Other HNB Cost"] + money(\.otherCosts),
        ["Commissioning Cost - New Places"] + money(\.commissioningCosts),
        ["Invest to Save Project Costs"] + money(\.investToSaveCosts),
        ["Total Expenditure"] + money(\.totalExpenditure),
        ["Funding Gap Pre Savings"] + money(\.fundingGapPreSavings),
    ]
    for (index, saving) in (years.first?.savings ?? []).enumerated() {
        var label = saving.workstream
        if let delivery = years.first?.savings[index].deliveryPercent, delivery != 100 {
            label += " (\(Output.number(delivery, places: 1))% delivered)"
        }
        rows.append([label] + years.map { index < $0.savings.count ? Output.number($0.savings[index].amount) : "" })
    }
    rows += [
        ["Total Savings"] + money(\.totalSavings),
        ["Annual Revenue Funding Gap"] + money(\.annualFundingGap),
        ["Cumulative HN Deficit Brought Forward"] + money(\.deficitBroughtForward),
        ["Cumulative HN Deficit Carried Forward"] + money(\.deficitCarriedForward),
        ["Surplus (-ve) / Deficit Other DSG Blocks"] + money(\.otherDsgBlocks),
        ["DSG Surplus (-ve) / Deficit"] + money(\.dsgSurplusDeficit),
        ["HN Spend as % of HN Grant"] + years.map { $0.hasSpendPercent ? Output.percent($0.highNeedsSpendPercentOfGrant) : "-" },
        ["HN Spend after Savings as % of Grant"] + years.map { $0.hasSpendPercent ? Output.percent($0.netSpendPercentOfGrant) : "-" },
        ["Total DSG"] + years.map { $0.hasTotalDsg ? Output.number($0.totalDsg) : "-" },
        ["Surplus / Deficit as % of Total DSG"] + years.map { $0.hasTotalDsg ? Output.percent($0.deficitPercentOfTotalDsg) : "-" },
    ]
    Output.table(
        title: "High Needs Block forecast: \(forecast.title) (\(forecast.authorityCode), plan \(forecast.planId)), £000",
        columns: [.left("£000")] + years.map { .right($0.year) },
        rows: rows
    )
    for breakdown in forecast.breakdowns {
        print("")
        var lines = breakdown.lines.map { line in [line.name] + line.amounts.map { Output.number($0) } }
        lines.append(["Sum of the lines"] + breakdown.lineTotals.map { Output.number($0) })
        lines.append(["Workstream figure used"] + breakdown.workstreamTotals.map { Output.number($0) })
        lines.append(["Difference"] + breakdown.differences.map { sendSigned($0, places: 0) })
        Output.table(
            title: "\(breakdown.workstream): breakdown, £000",
            columns: [.left("Line")] + breakdown.years.map { .right($0) },
            rows: lines
        )
    }
}
