internal import CYPHubCore

/// A row shaped like social care's worker caseload records (nine columns, one of them nullable).
struct WorkerRecord: Equatable, Sendable, SQLRowDecodable {
    var authority: String
    var snapshotDate: String
    var workerID: String
    var teamID: String
    var teamType: String
    var cases: Int
    var families: Int?
    var sourceFile: String
    var sourceLine: Int

    static let createTable = """
        CREATE TABLE workers (
            authority TEXT NOT NULL, snapshot_date TEXT NOT NULL, worker_id TEXT NOT NULL, team_id TEXT NOT NULL,
            team_type TEXT NOT NULL, cases INTEGER NOT NULL, families INTEGER, source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            PRIMARY KEY (authority, snapshot_date, worker_id))
        """
    static let insert = """
        INSERT INTO workers (authority, snapshot_date, worker_id, team_id, team_type, cases, families, source_file, source_line)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let selectAll = "SELECT * FROM workers WHERE authority = 'E06000016' ORDER BY worker_id"
    static let selectCases = "SELECT cases FROM workers WHERE authority = ? AND snapshot_date = ? AND worker_id = ?"

    init(
        authority: String, snapshotDate: String, workerID: String, teamID: String, teamType: String, cases: Int, families: Int?,
        sourceFile: String, sourceLine: Int
    ) {
        self.authority = authority
        self.snapshotDate = snapshotDate
        self.workerID = workerID
        self.teamID = teamID
        self.teamType = teamType
        self.cases = cases
        self.families = families
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }

    /// The `number`th synthetic worker.
    init(number: Int) {
        self.init(
            authority: "E06000016", snapshotDate: "2024-10-04", workerID: "W\(100_000 + number)", teamID: "T\(number / 20)",
            teamType: number % 3 == 0 ? "early_help_cluster" : "cin", cases: 5 + number % 25,
            families: number % 3 == 0 ? 2 + number % 7 : nil, sourceFile: "workers.csv", sourceLine: number + 2)
    }

    init(row: SQLRowCursor) throws {
        authority = try row["authority"]
        snapshotDate = try row["snapshot_date"]
        workerID = try row["worker_id"]
        teamID = try row["team_id"]
        teamType = try row["team_type"]
        cases = try row["cases"]
        families = try row["families"]
        sourceFile = try row["source_file"]
        sourceLine = try row["source_line"]
    }

    /// The values in `insert`'s order.
    var arguments: [SQLValue] {
        [
            .text(authority), .text(snapshotDate), .text(workerID), .text(teamID), .text(teamType), .int(cases), .int(families),
            .text(sourceFile), .int(sourceLine),
        ]
    }

    /// The arguments of `selectCases` for this worker.
    var key: [SQLValue] { [.text(authority), .text(snapshotDate), .text(workerID)] }
}

/// The same record read by column position (`SELECT *` order).
struct PositionalWorkerRecord: Sendable, SQLRowDecodable {
    var record: WorkerRecord

    init(row: SQLRowCursor) throws {
        record = WorkerRecord(
            authority: try row[0], snapshotDate: try row[1], workerID: try row[2], teamID: try row[3], teamType: try row[4],
            cases: try row[5], families: try row[6], sourceFile: try row[7], sourceLine: try row[8])
    }
}
