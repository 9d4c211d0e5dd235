public import ArgumentParser
import CYPHubCLI
import CYPHubCore
import CapitalModule
import Foundation

/// `cyp capital …`: the capital programme, its versions, re-phasing, S106 contributions and CSV import.
public struct CapitalCommand: AsyncParsableCommand {
    /// The group and its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "capital",
        abstract: "Capital programme: spend and funding by year, versions, re-phasing, S106 contributions, CSV import.",
        subcommands: [
            CapitalProgrammeCommand.self, CapitalVersionsCommand.self, CapitalRephasingCommand.self, CapitalS106Command.self,
            CapitalImportCommand.self, CapitalTemplateCommand.self,
        ]
    )

    /// Creates the command (the parser fills it).
    public init() {}
}

/// `cyp capital programme --authority E10000018 [--version 2024-01-23]`.
struct CapitalProgrammeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Show a programme as the council's table lays it out: projects by year, group totals, funding and the gap.",
        discussion: "Amounts are £000. Totals, the funding gap and cost per place are computed from the project rows."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018 (Leicestershire).")
    var authority: String

    @Option(help: "Version (YYYY-MM-DD, the date the programme was approved); the newest when omitted.")
    var version: String = ""

    func run() async throws {
        let programme = try await withCaller(global) { caller in
            try await CapitalClient(caller: caller).programme(authority: authority, version: version)
        }
        if global.json {
            try Output.json(programme)
            return
        }
        let summary = programme.version ?? VersionSummary()
        print("Capital programme, \(programme.authority): \(summary.label)")
        print(
            "Version \(summary.version), \(summary.firstYear) to \(summary.lastYear), imported \(summary.importedAt); "
                + "amounts £000"
        )
        print("")
        printSpend(programme)
        print("")
        printFunding(programme)
        print("")
        printCostPerPlace(programme)
        print("")
        let held = programme.versions.map { $0.version == summary.version ? "\($0.version) (shown)" : $0.version }
        print("Versions held: \(held.joined(separator: ", ")). Compare two with `cyp capital rephasing`.")
    }

    /// The projects by group and category, as Appendix C lays them out.
    private func printSpend(_ programme: GetProgrammeResponse) {
        let years = programme.years
        var rows: [[String]] = []
        let categories = Dictionary(programme.categories.map { ($0.category, $0) }, uniquingKeysWith: { first, _ in first })
        for group in programme.groups {
            rows.append([group.title, "", ""] + years.map { _ in "" } + [""])
            for slug in group.categories {
                let projects = programme.projects.filter { $0.category == slug }
                let category = categories[slug]
                let showCategory = group.categories.count > 1 && projects.count > 1
                if showCategory, let category { rows.append(["  \(category.title)", "", ""] + years.map { _ in "" } + [""]) }
                for project in projects {
                    rows.append(
                        ["\(showCategory ? "    " : "  ")\(project.projectId)  \(project.name)", capitalMonth(project.estimatedCompletion)]
                            + capitalCells(gross: project.grossCost, project.byYear, total: project.total))
                }
                if showCategory, let category {
                    rows.append(
                        ["  Sub-total \(category.title)", ""]
                            + capitalCells(gross: category.grossCost, category.byYear, total: category.total))
                }
            }
            rows.append(["Total \(group.title)", ""] + capitalCells(gross: group.grossCost, group.byYear, total: group.total))
        }
        rows.append(["Overall total", ""] + capitalCells(gross: programme.grossCost, programme.byYear, total: programme.total))
        Output.table(
            title: "Capital programme £000",
            columns: [.left("Project"), .left("Completion"), .right("Gross cost")] + years.map { .right($0) } + [.right("Total")],
            rows: rows
        )
        if programme.spentBefore != 0 {
            print(
                "Gross cost includes \(capitalThousands(programme.spentBefore)) spent before \(programme.version?.firstYear ?? "the first year")."
            )
        }
    }

    /// The funding lines, then funding against spend and the gap.
    private func printFunding(_ programme: GetProgrammeResponse) {
        let years = programme.years
        let balance = programme.balance ?? FundingBalance()
        guard !programme.funding.isEmpty else {
            print("No funding imported for this version: the whole programme (\(capitalThousands(programme.total))) is unfunded.")
            return
        }
        var rows = programme.funding.map { line in
            [line.source, line.kind.rawValue] + line.byYear.map { capitalThousands($0.amount) } + [capitalThousands(line.total)]
        }
        rows.append(
            ["Total resources", ""] + programme.balanceByYear.map { capitalThousands($0.funding) }
                + [capitalThousands(balance.funding)])
        Output.table(
            title: "Capital resources £000",
            columns: [.left("Source"), .left("Kind")] + years.map { .right($0) } + [.right("Total")],
            rows: rows
        )
        print("")
        let all = programme.balanceByYear + [balance]
        let lines: [(String, (FundingBalance) -> Double)] = [
            ("Spend", \.spend),
            ("External (grants, contributions, receipts)", \.external),
            ("Reserves drawn (- = set aside)", \.reserve),
            ("Council's own resources", \.council),
            ("Total funding", \.funding),
            ("Gap (spend - funding; + = unfunded)", \.gap),
        ]
        Output.table(
            title: "Funding against spend £000",
            columns: [.left("")] + years.map { .right($0) } + [.right("Total")],
            rows: lines.map { label, value in [label] + all.map { capitalThousands(value($0)) } }
        )
    }

    /// Cost per place by phase and by category.
    private func printCostPerPlace(_ programme: GetProgrammeResponse) {
        let rows =
            programme.costPerPlaceByPhase.map { figure in
                [
                    "Phase: \(figure.phase.title)", Output.number(figure.projects), Output.number(figure.places),
                    capitalThousands(figure.grossCost), Output.pounds(figure.costPerPlacePounds),
                ]
            }
            + programme.costPerPlaceByCategory.map { figure in
                [
                    "Category: \(figure.title)", Output.number(figure.projects), Output.number(figure.places),
                    capitalThousands(figure.grossCost), Output.pounds(figure.costPerPlacePounds),
                ]
            }
        guard !rows.isEmpty else {
            print("No project adds places, so there is no cost per place.")
            return
        }
        Output.table(
            title: "Cost per place (gross cost ÷ places of the projects that add places)",
            columns: [.left(""), .right("Projects"), .right("Places"), .right("Gross cost £000"), .right("Per place")],
            rows: rows
        )
    }
}

/// `cyp capital versions --authority E10000018`.
struct CapitalVersionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List the versions of an authority's programme held, newest first, with their totals."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    func run() async throws {
        let list = try await withCaller(global) { caller in
            try await CapitalClient(caller: caller).versions(authority: authority)
        }
        if global.json {
            try Output.json(list)
            return
        }
        guard !list.versions.isEmpty else {
            print("No capital programme held for \(list.authority). Import one with `cyp capital import`.")
            return
        }
        Output.table(
            title: "Capital programme versions, \(list.authority) (£000)",
            columns: [
                .left("Version"), .left("Label"), .left("Years"), .right("Projects"), .right("Places"), .right("Spend"),
                .right("Funding"), .right("Gap"), .left("Imported"),
            ],
            rows: list.versions.map { version in
                [
                    version.version, version.label, "\(version.firstYear) to \(version.lastYear)", Output.number(version.projects),
                    Output.number(version.places), capitalThousands(version.total), capitalThousands(version.funding),
                    capitalThousands(version.gap), version.importedAt,
                ]
            }
        )
    }
}

/// `cyp capital rephasing --authority E10000018 [--from 2023-10-10 --to 2024-01-23]`.
struct CapitalRephasingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rephasing",
        abstract: "Compare two versions: projects added, dropped, rephased (slipped or accelerated) or re-costed, by year.",
        discussion: "Without --from and --to the two newest versions are compared; with --to only, it and the version before it."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    @Option(help: "The earlier version (YYYY-MM-DD).")
    var from: String = ""

    @Option(help: "The later version (YYYY-MM-DD).")
    var to: String = ""

    @Flag(help: "Also list the unchanged projects.")
    var all = false

    func run() async throws {
        let comparison = try await withCaller(global) { caller in
            try await CapitalClient(caller: caller).compare(authority: authority, from: from, to: to)
        }
        if global.json {
            try Output.json(comparison)
            return
        }
        let years = comparison.years
        let (earlier, later) = (comparison.fromVersion ?? VersionSummary(), comparison.toVersion ?? VersionSummary())
        print(
            "Re-phasing, \(comparison.authority): \(earlier.version) (\(earlier.label)) -> \(later.version) (\(later.label)); "
                + "amounts £000")
        var rows: [[String]] = []
        for project in comparison.projects where all || project.kind != .unchanged {
            let lines: [(String, (YearChange) -> Double, Double)] = [
                ("before", \.before, project.totalBefore), ("after", \.after, project.totalAfter),
                ("change", \.change, project.totalChange),
            ]
            let notes = [capitalKind(project), capitalOpening(project)]
            for (index, line) in lines.enumerated() {
                rows.append(
                    [index == 0 ? "\(project.projectId)  \(project.name)" : "", index < notes.count ? notes[index] : "", line.0]
                        + project.byYear.map { capitalThousands(line.1($0)) } + [capitalThousands(line.2)])
            }
        }
        let net: [(String, (YearChange) -> Double, Double)] = [
            ("before", \.before, comparison.totalBefore), ("after", \.after, comparison.totalAfter),
            ("change", \.change, comparison.totalChange),
        ]
        for (index, line) in net.enumerated() {
            rows.append(
                [index == 0 ? "Programme" : "", "", line.0] + comparison.netByYear.map { capitalThousands(line.1($0)) }
                    + [capitalThousands(line.2)])
        }
        Output.table(
            columns: [.left("Project"), .left("Change"), .left("")] + years.map { .right($0) } + [.right("Total")],
            rows: rows
        )
        print(
            "\(comparison.added) added, \(comparison.dropped) dropped, \(comparison.rephased) rephased, "
                + "\(comparison.costChanged) cost changed, \(comparison.unchanged) unchanged"
                + (all || comparison.unchanged == 0 ? "." : " (--all lists them).")
        )
        print("Slipped: spend moved to later years; accelerated: to earlier years (cumulative spend compared year by year).")
    }
}

/// `cyp capital s106 --authority E10000018 --dwellings 300 [--development NAME] [rates]`.
struct CapitalS106Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "s106",
        abstract: "Compute the education contribution (S106) a housing development owes.",
        discussion: """
            Contribution = dwellings × pupils per dwelling × cost per place, for primary and secondary; specialist \
            places cost the specialist multiplier × the mean of the primary and secondary costs per place. Rates not \
            given here come from the host's settings (modules.settings.capital.s106); a cost per place set nowhere is \
            the authority's newest programme's.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    @Option(help: "Dwellings in the development.")
    var dwellings: Int

    @Option(help: "A name for the development.")
    var development: String = ""

    @Option(name: .customLong("primary-yield"), help: "Primary pupils per dwelling (overrides the setting).")
    var primaryYield: Double?

    @Option(name: .customLong("secondary-yield"), help: "Secondary pupils per dwelling (overrides the setting).")
    var secondaryYield: Double?

    @Option(name: .customLong("specialist-yield"), help: "Specialist pupils per dwelling (overrides the setting).")
    var specialistYield: Double?

    @Option(name: .customLong("primary-cost"), help: "Cost of a primary place, £ (overrides the setting and the programme).")
    var primaryCost: Double?

    @Option(name: .customLong("secondary-cost"), help: "Cost of a secondary place, £ (overrides the setting and the programme).")
    var secondaryCost: Double?

    @Option(name: .customLong("specialist-multiplier"), help: "Specialist cost multiplier (overrides the setting).")
    var specialistMultiplier: Double?

    func run() async throws {
        let request = CalculateS106Request(
            authority: authority, development: development, dwellings: dwellings, givenPrimaryYield: primaryYield,
            givenSecondaryYield: secondaryYield, givenSpecialistYield: specialistYield, givenPrimaryCostPerPlace: primaryCost,
            givenSecondaryCostPerPlace: secondaryCost, givenSpecialistMultiplier: specialistMultiplier
        )
        let result = try await withCaller(global) { caller in try await CapitalClient(caller: caller).s106(request) }
        if global.json {
            try Output.json(result)
            return
        }
        let name = result.development.isEmpty ? "" : " \"\(result.development)\""
        var rows = result.lines.map { line in
            [
                line.phase.title, "\(Output.number(line.yieldPerDwelling, places: 3)) (\(line.yieldBasis.rawValue))",
                Output.number(line.pupils, places: 1), Output.pounds(line.costPerPlacePounds), line.costBasisNote,
                Output.pounds(line.contributionPounds),
            ]
        }
        rows.append(["Total", "", Output.number(result.totalPupils, places: 1), "", "", Output.pounds(result.totalPounds)])
        Output.table(
            title: "S106 education contribution, \(result.authority), development\(name) of \(Output.number(result.dwellings)) dwellings",
            columns: [
                .left("Phase"), .left("Pupils per dwelling"), .right("Pupils"), .right("Cost per place"), .left("Cost basis"),
                .right("Contribution"),
            ],
            rows: rows
        )
        print("Pupils = dwellings × yield (unrounded); contribution = pupils × cost per place, rounded here to whole pounds.")
    }
}

/// `cyp capital import --authority … --version … --label … --first-year … --last-year … --projects FILE …`.
struct CapitalImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import one version of a programme (projects, spend and funding files), all or nothing.",
        discussion: """
            All files are checked together and stored in one transaction; any problem stores nothing and every \
            problem is listed as file:line: column: reason. A version already held is refused unless --replace. \
            `cyp capital template <dataset>` prints a file's header. Files over 1 MiB together are streamed in pieces \
            (the host holds at most 64 MiB of them), with progress on a terminal.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Local authority code, e.g. E10000018.")
    var authority: String

    @Option(help: "The version: the date the programme was approved or published (YYYY-MM-DD).")
    var version: String

    @Option(help: "The council's name for the version, e.g. \"MTFS 2024/25-2027/28\".")
    var label: String

    @Option(name: .customLong("first-year"), help: "The programme's first financial year, e.g. 2024/25.")
    var firstYear: String

    @Option(name: .customLong("last-year"), help: "The programme's last financial year, e.g. 2027/28.")
    var lastYear: String

    @Option(help: "The projects CSV file (required).")
    var projects: String

    @Option(help: "The spend CSV file (one row per project and year; the host requires it).")
    var spend: String?

    @Option(help: "The funding CSV file (optional).")
    var funding: String?

    @Flag(help: "Replace the version if it is already held.")
    var replace = false

    func run() async throws {
        let given = [(CapitalDataset.projects, projects), (.spend, spend), (.funding, funding)].compactMap { dataset, path in
            path.map { (dataset: dataset, path: $0, fileName: URL(fileURLWithPath: $0).lastPathComponent) }
        }
        var request = CapitalImportRequest(
            authority: authority, version: version, label: label, firstYear: firstYear, lastYear: lastYear, replace: replace)
        var sizes: [Int] = []
        for file in given {
            guard let size = FilePieces(path: file.path).size else { throw ValidationError("cannot read \(file.path)") }
            sizes.append(size)
        }
        let total = sizes.reduce(0, +)
        let result: CapitalImportResponse
        if total > FilePieces.defaultPieceBytes {
            let progress = UploadProgress(fileName: given.map(\.fileName).joined(separator: ", "), totalBytes: total)
            defer { progress.finish() }
            let (files, version) = (given, request)
            result = try await withCaller(global) { caller in
                try await CapitalClient(caller: caller).importFiles(files, version: version) {
                    progress.update(bytes: $0, lines: $1)
                }
            }
        } else {
            for file in given {
                let (text, fileName) = try CSVFile.read(file.path)
                request.files.append(CapitalImportFile(dataset: file.dataset.rawValue, fileName: fileName, csv: text))
            }
            let whole = request
            result = try await withCaller(global) { caller in try await CapitalClient(caller: caller).importProgramme(whole) }
        }
        if global.json {
            try Output.json(result)
            return
        }
        let counts = result.files.map { "\($0.dataset) \(Output.number($0.rows)) \($0.rows == 1 ? "row" : "rows") (\($0.fileName))" }
        let summary = result.summary ?? VersionSummary()
        print(
            "\(result.replaced ? "Replaced" : "Stored") version \(result.version) (\(result.label)) of \(result.authority)'s "
                + "capital programme, \(summary.firstYear) to \(summary.lastYear): \(counts.joined(separator: ", "))."
        )
        print(
            "Spend \(capitalThousands(summary.total)), funding \(capitalThousands(summary.funding)), "
                + "gap \(capitalThousands(summary.gap)) (£000); \(Output.number(summary.places)) places."
        )
    }
}

/// `cyp capital template <dataset>`: prints the header line of a dataset's CSV template.
struct CapitalTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print the CSV header of a dataset's template (no server needed).",
        discussion: "With --json: the dataset, its header, and its required and optional columns."
    )

    /// Accepted so that `cyp --server H:P --json <module> template …` works like every other command (`--server` is
    /// ignored: no host is asked).
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dataset: \(CapitalDataset.names).")
    var dataset: String

    func validate() throws {
        guard CapitalDataset(rawValue: dataset.lowercased()) != nil else {
            throw ValidationError("'\(dataset)' is not a dataset; use one of \(CapitalDataset.names)")
        }
    }

    func run() throws {
        guard let dataset = CapitalDataset(rawValue: dataset.lowercased()) else { throw ValidationError("unknown dataset") }
        try Output.template(
            dataset: dataset.rawValue, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            json: global.json)
    }
}

/// An amount in £000 with thousands separators and up to three decimals: `89,801`, `0.5`, `-1,693`.
private func capitalThousands(_ value: Double) -> String {
    if value == value.rounded() { return Output.number(value) }
    var text = Output.number(value, places: 3)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}

/// Gross cost, then each year, then the total, in £000.
private func capitalCells(gross: Double, _ byYear: [YearAmount], total: Double) -> [String] {
    [capitalThousands(gross)] + byYear.map { capitalThousands($0.amount) } + [capitalThousands(total)]
}

/// `2028-03` as council tables print it: `Mar-28`.
private func capitalMonth(_ yearMonth: String) -> String {
    let parts = yearMonth.split(separator: "-")
    let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return yearMonth }
    return "\(names[month - 1])-\(parts[0].suffix(2))"
}

/// `rephased (slipped)`, `cost changed`, `added`.
private func capitalKind(_ project: ProjectChange) -> String {
    let kind = project.kind.rawValue.replacingOccurrences(of: "_", with: " ")
    return project.kind == .rephased ? "\(kind) (\(project.rephasing.rawValue))" : kind
}

/// `opens 2026/27 -> 2027/28`, places changes, or empty.
private func capitalOpening(_ project: ProjectChange) -> String {
    var notes: [String] = []
    if project.openingYearChanged, let before = project.placesBefore, let after = project.placesAfter {
        notes.append("opens \(before.openingYear) -> \(after.openingYear)")
    }
    if project.placesChanged {
        notes.append("places \(project.placesBefore?.places ?? 0) -> \(project.placesAfter?.places ?? 0)")
    }
    return notes.joined(separator: "; ")
}
