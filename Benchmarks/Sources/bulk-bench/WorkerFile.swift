import Foundation

/// A synthetic worker-level caseload file (social care's `worker_caseloads` dataset) for one authority and date, each
/// worker id unique, written to a temporary file a buffer at a time.
struct WorkerFile {
    static let authority = "E06000016"
    static let date = "2024-10-04"
    static let header = "authority_code,snapshot_date,worker_id,team_id,team_type,cases,families\n"
    private static let teamTypes = ["cin", "cla", "sat"]

    let path: String
    let bytes: Int
    let rows: Int

    /// Writes rows until the file holds `rows` rows, or (with `rows` nil) at least `bytes` bytes.
    static func write(rows wantedRows: Int?, bytes wantedBytes: Int) throws -> WorkerFile {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-bench-\(UUID().uuidString).csv").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer = Array(header.utf8)
        var written = 0
        var rows = 0
        func done() -> Bool { wantedRows.map { rows >= $0 } ?? (written + buffer.count >= wantedBytes) }
        while !done() {
            let worker = rows
            // `families` stays empty: only early-help cluster workers count families.
            let line = "\(authority),\(date),W\(10_000_000 + worker),T\(worker / 20),\(teamTypes[worker / 20 % 3]),\(5 + worker % 25),\n"
            buffer.append(contentsOf: line.utf8)
            rows += 1
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                written += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        written += buffer.count
        return WorkerFile(path: path, bytes: written, rows: rows)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
