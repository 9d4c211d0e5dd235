import ArgumentParser
import CYPHubCLI
import CYPHubCore
import Foundation

/// `cyp admin audit`: the newest calls the host recorded in its audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the newest calls in the host's audit log (admin only).",
        discussion: """
            --since and --until take an ISO 8601 date (2026-11-30, UTC midnight) or date and time (2026-11-30T09:00:00Z), \
            or a time ago: a whole number and s, m, h, d or w (30m, 1h, 7d). Records are listed newest first.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Calls that ended at or after this time (e.g. 1h, 7d, 2026-11-30, 2026-11-30T09:00:00Z).")
    var since: String?

    @Option(help: "Calls that ended before this time (same forms as --since).")
    var until: String?

    @Option(help: "Calls made by this principal.")
    var principal: String = ""

    @Option(help: "Calls of this method (full name), or of every method under a prefix ending in / or . .")
    var method: String = ""

    @Option(help: "Calls for this authority (ONS code).")
    var authority: String = ""

    @Option(help: "Calls that ended with this status (OK, PERMISSION_DENIED…).")
    var status: String = ""

    @Option(help: "The most records to list (at most 10,000).")
    var limit: UInt32 = 100

    func validate() throws {
        let now = Date()
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, AuditTime.parse(value, now: now) == nil {
                throw ValidationError(
                    "\(name) '\(value)' is neither an ISO 8601 date or date-time nor a time ago such as 30m, 1h or 7d")
            }
        }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be 1 to 10000") }
    }

    func run() async throws {
        let now = Date()
        let query = AuditQuery(
            sinceUnixMs: since.flatMap { AuditTime.parse($0, now: now) } ?? 0,
            untilUnixMs: until.flatMap { AuditTime.parse($0, now: now) } ?? 0,
            principal: principal, method: method, authority: authority, status: status, limit: limit)
        let page = try await withCaller(global) { caller in try await caller.unary(Audit.Method.Query.self, request: query) }
        if global.json {
            try Output.json(page)
            return
        }
        Output.table(
            columns: [
                .left("Time (UTC)"), .left("Principal"), .left("Peer"), .left("Method"), .left("Authority"), .left("Status"),
                .right("ms"), .right("Bytes in"), .right("Bytes out"), .left("Import"),
            ],
            rows: page.records.map { record in
                [
                    AuditTime.format(record.timeUnixMs), record.principal, record.peer, record.method, record.authority, record.status,
                    Output.number(Double(record.durationUs) / 1000, places: 1), Output.number(record.bytesIn),
                    Output.number(record.bytesOut), Self.importSummary(record),
                ]
            })
        if page.truncated {
            print("(more calls matched: showing the newest \(Output.number(page.records.count)); raise --limit or narrow the query)")
        }
    }

    /// `demand.csv (demand_snapshot, sha256 1f2e3d4c…), 1,204 rows` for an import; empty otherwise.
    static func importSummary(_ record: AuditRecord) -> String {
        guard !record.files.isEmpty else { return "" }
        let files = record.files.map { "\($0.fileName) (\($0.dataset), sha256 \($0.sha256.prefix(12))…)" }
        return files.joined(separator: "; ") + ", \(Output.number(record.rowsStored)) \(record.rowsStored == 1 ? "row" : "rows")"
    }
}

/// The times `cyp admin audit` reads and prints.
enum AuditTime {
    /// Milliseconds since 1970 for an ISO 8601 date (UTC midnight), date-time (UTC unless it has an offset), or a time
    /// ago (`30m`, `1h`, `7d`, `2w`, `45s`); nil for anything else.
    static func parse(_ text: String, now: Date) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let unit = trimmed.last, let count = Int(trimmed.dropLast()), count >= 0 {
            let seconds: Int? =
                switch unit {
                case "s": 1
                case "m": 60
                case "h": 3600
                case "d": 86_400
                case "w": 604_800
                default: nil
                }
            if let seconds {
                let (product, overflow) = count.multipliedReportingOverflow(by: seconds * 1000)
                return overflow ? nil : Int((now.timeIntervalSince1970 * 1000).rounded()) - product
            }
        }
        for format in [
            "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
        ] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return Int((date.timeIntervalSince1970 * 1000).rounded()) }
        }
        return nil
    }

    /// `2026-11-30 09:41:07.123` (UTC).
    static func format(_ unixMs: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter.string(from: Date(timeIntervalSince1970: Double(unixMs) / 1000))
    }
}
