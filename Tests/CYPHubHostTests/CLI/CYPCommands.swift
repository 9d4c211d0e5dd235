import Foundation

/// Every `cyp` command, read from the binary's own command tree, and one invocation of each that succeeds against a
/// demo host.
///
/// The list of commands is never written here: ``paths()`` asks the built `cyp` for its tree
/// (`--experimental-dump-help`, the argument parser's description of every command), so a command added later is
/// in every test that walks them, and ``invocations(files:)`` must name it (a test fails until it does).
enum CYPCommands {
    /// How to run one command against a demo host (`cyp serve --demo`'s data).
    struct Invocation {
        /// Top-level keys its `--json` document must have.
        var keys: [String]
        /// The command's arguments after its path (required options, a dataset, a file). `{n}` in one is the run's
        /// number (1, 2, …) where a test runs the command several times against one host: `admin principals add`
        /// needs a new name each time.
        var arguments: [String]
        /// Whether it calls the host (`template` does not).
        var callsHost = true
        /// Whether running it again gives the same answer (an import reports what it replaced; a forecast, when it
        /// ran).
        var repeatable = true
    }

    /// Each leaf command's path, `["health"]`, `["social-care", "snapshot"]`, in the tree's order; `help` left out.
    static func paths() async throws -> [[String]] {
        let result = try await CYPProcess.run(["--experimental-dump-help"])
        guard result.status == 0 else { throw CLIError("cyp --experimental-dump-help: status \(result.status): \(result.stderr)") }
        let tool = try JSONDecoder().decode(ToolInfo.self, from: result.json)
        return leaves(of: tool.command, at: []).filter { $0 != ["help"] }
    }

    /// One invocation per command path (`social-care snapshot`), with the import files it needs written into `files`.
    static func invocations(files: URL) throws -> [String: Invocation] {
        func file(_ name: String, _ text: String) throws -> String {
            let url = files.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        // Imports go to an authority the demo data does not hold, so the other commands' answers never change.
        let supervision = try file(
            "supervision.csv",
            "authority_code,snapshot_date,area,supervisions_due,supervisions_in_timescale\nE06000099,2024-10-04,csc,10,8\n")
        let authorities = try file(
            "authorities.csv", "authority_code,name,region_code,region_name,synthetic\nE06000099,Testshire,E12000004,East Midlands,true\n")
        let caseload = try file(
            "caseload.csv", "authority_code,measure,as_at,age_band,setting_type,count\nE06000099,ehcp,2024-01-18,all,all,10\n")
        let payRates = try file(
            "pay_rates.csv",
            "authority_code,as_at,employment_type,monthly_cost\nE06000099,2025-01-14,employed,3495\nE06000099,2025-01-14,agency,5440\n")
        let projects = try file(
            "projects.csv",
            "project_id,name,category,gross_cost,spent_before,estimated_completion\nT1,Test project,basic_need,100,0,2025-03\n")
        let spend = try file("spend.csv", "project_id,year,amount\nT1,2024/25,100\n")
        let yields = try file("pupil_yields.csv", "authority_code,phase,yield_per_dwelling\nE06000099,primary,0.3\n")
        let leicester = ["--authority", "E06000016"]
        let leicestershire = ["--authority", "E10000018"]
        return [
            "health": Invocation(keys: ["status", "version", "modules", "limits"], arguments: []),
            "modules": Invocation(keys: ["version", "modules"], arguments: []),
            "whoami": Invocation(keys: ["name", "role", "allAuthorities", "authorities", "expiresAt"], arguments: []),
            // `add` makes walker-1, walker-2, …; `revoke` then revokes walker-2 and `rotate` rotates walker-1.
            "admin principals add": Invocation(
                keys: ["principal", "token"], arguments: ["walker-{n}", "--role", "partner", "--authorities", "E06000016"],
                repeatable: false),
            "admin principals list": Invocation(keys: ["principals"], arguments: []),
            "admin principals revoke": Invocation(keys: ["principal", "tokensRevoked"], arguments: ["walker-2"], repeatable: false),
            "admin principals rotate": Invocation(
                keys: ["principal", "token", "tokensRevoked"], arguments: ["walker-1"], repeatable: false),
            // Each answer lists the calls before it, so no two are alike.
            "admin audit": Invocation(keys: ["records", "truncated"], arguments: ["--since", "1h"], repeatable: false),
            // In the tree's order: list (nothing yet), publish (then already published), pull (what was published).
            "snapshots available": Invocation(keys: ["snapshots"], arguments: ["E06000016"]),
            "snapshots list": Invocation(keys: ["manifests"], arguments: []),
            "snapshots publish": Invocation(
                keys: ["manifest", "alreadyPublished"], arguments: ["social-care", "E06000016", "2024-10-04"], repeatable: false),
            "snapshots pull": Invocation(
                keys: ["file", "format", "version", "rows", "chunks"],
                arguments: ["social-care", "E06000016", "2024-10-04", "--out", files.appendingPathComponent("snapshot.csv").path]),
            "social-care snapshot": Invocation(
                keys: ["authority", "date", "rows", "comparison"], arguments: leicester + ["--date", "2024-10-04"]),
            "social-care caseloads": Invocation(keys: ["authority", "date", "summaries", "workers"], arguments: leicester + ["--workers"]),
            "social-care snapshots": Invocation(keys: ["authority", "dates"], arguments: leicester),
            "social-care import": Invocation(
                keys: ["dataset", "fileName", "rowsStored"], arguments: ["supervision", supervision], repeatable: false),
            "social-care template": Invocation(
                keys: ["dataset", "header", "requiredColumns", "optionalColumns"], arguments: ["supervision"], callsHost: false),
            "indicators report": Invocation(keys: ["authority", "asAt", "lines"], arguments: leicestershire),
            "indicators list": Invocation(keys: ["indicators"], arguments: []),
            "indicators import": Invocation(
                keys: ["dataset", "fileName", "rowsStored"], arguments: ["authorities", authorities], repeatable: false),
            "indicators template": Invocation(
                keys: ["dataset", "header", "requiredColumns", "optionalColumns"], arguments: ["observations"], callsHost: false),
            "send ehcp": Invocation(keys: ["authorityCode", "ehcp", "newPlans"], arguments: leicestershire),
            "send timeliness": Invocation(keys: ["authorityCode", "newPlans", "annualReviews"], arguments: leicestershire),
            "send plans": Invocation(keys: ["plans"], arguments: leicestershire),
            "send high-needs-forecast": Invocation(keys: ["authorityCode", "planId", "years"], arguments: leicestershire),
            "send scenario": Invocation(
                keys: ["baseForecast", "scenario", "comparisons"], arguments: leicestershire + ["--savings-delivery", "75"]),
            "send import": Invocation(keys: ["dataset", "fileName", "rowsStored"], arguments: ["caseload", caseload], repeatable: false),
            "send template": Invocation(
                keys: ["dataset", "header", "requiredColumns", "optionalColumns"], arguments: ["caseload"], callsHost: false),
            "workforce establishment": Invocation(keys: ["authority", "asAt", "divisions"], arguments: leicester),
            "workforce summary": Invocation(keys: ["authority", "asAt", "teams", "total"], arguments: leicester),
            "workforce agency-cost": Invocation(
                keys: ["authority", "agencyMonthly", "employedMonthly", "premiumPercent"], arguments: leicester),
            "workforce import": Invocation(keys: ["dataset", "fileName", "rows"], arguments: ["pay_rates", payRates], repeatable: false),
            "workforce template": Invocation(
                keys: ["dataset", "header", "requiredColumns", "optionalColumns"], arguments: ["pay-rates"], callsHost: false),
            "capital programme": Invocation(keys: ["authority", "version", "projects", "funding", "total"], arguments: leicestershire),
            "capital versions": Invocation(keys: ["authority", "versions"], arguments: leicestershire),
            "capital rephasing": Invocation(
                keys: ["authority", "fromVersion", "toVersion", "projects"],
                arguments: leicestershire + ["--from", "2023-10-10", "--to", "2024-01-23"]),
            "capital s106": Invocation(
                keys: ["authority", "dwellings", "lines", "totalPounds"],
                arguments: leicestershire + [
                    "--dwellings", "100", "--primary-yield", "0.3", "--secondary-yield", "0.2", "--specialist-yield", "0.01",
                    "--specialist-multiplier", "2",
                ]),
            "capital import": Invocation(
                keys: ["authority", "version", "files"],
                arguments: [
                    "--authority", "E06000099", "--version", "2024-01-01", "--label", "Test", "--first-year", "2024/25",
                    "--last-year", "2024/25", "--projects", projects, "--spend", spend, "--replace",
                ],
                repeatable: false),
            "capital template": Invocation(
                keys: ["dataset", "header", "requiredColumns", "optionalColumns"], arguments: ["projects"], callsHost: false),
            "sufficiency areas": Invocation(keys: ["authority", "areas"], arguments: leicestershire),
            "sufficiency forecast": Invocation(
                keys: ["authority", "forecastId", "areas"], arguments: leicestershire + ["--area", "P01"], repeatable: false),
            "sufficiency places": Invocation(keys: ["authority", "areas", "totals"], arguments: leicestershire),
            "sufficiency gap": Invocation(keys: ["authority", "areas", "phases"], arguments: leicestershire),
            "sufficiency accuracy": Invocation(keys: ["authority", "forecasts", "lines"], arguments: leicestershire),
            "sufficiency specialist": Invocation(keys: ["authority", "years"], arguments: leicestershire),
            "sufficiency capacity-return": Invocation(keys: ["authority", "files"], arguments: leicestershire),
            "sufficiency import": Invocation(
                keys: ["dataset", "fileName", "rows"], arguments: ["pupil_yields", yields], repeatable: false),
            "sufficiency template": Invocation(
                keys: ["dataset", "header", "requiredColumns", "optionalColumns"], arguments: ["schools"], callsHost: false),
        ]
    }

    /// The part of the argument parser's tool description read here.
    private struct ToolInfo: Decodable {
        struct Command: Decodable {
            var commandName: String
            var subcommands: [Command]?
        }
        var command: Command
    }

    private static func leaves(of command: ToolInfo.Command, at path: [String]) -> [[String]] {
        guard let subcommands = command.subcommands, !subcommands.isEmpty else { return [path] }
        return subcommands.flatMap { leaves(of: $0, at: path + [$0.commandName]) }
    }
}
