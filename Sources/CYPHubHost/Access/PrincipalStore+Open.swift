import CYPHubCore
import Foundation

extension PrincipalStore {
    /// Opens the host's database in `dataDirectory` for `cyphub principals …`, applying the host's own migrations (not
    /// the modules': the host applies those when it starts). Safe while the host runs: SQLite's WAL mode lets both
    /// write, one transaction at a time, and the host sees the change within about a second.
    ///
    /// With `create`, a missing directory and database are created (principals can be added before the host first
    /// starts); without it, a missing database is `FAILED_PRECONDITION` naming its path.
    public static func open(dataDirectory: String, create: Bool) throws -> PrincipalStore {
        let path = URL(fileURLWithPath: dataDirectory).appendingPathComponent(HubHost.databaseFileName).path
        if !FileManager.default.fileExists(atPath: path) {
            guard create else {
                throw RPCError(
                    code: .failedPrecondition,
                    message: "no database at \(path): give the host's --data-dir (the host creates it when it first starts)")
            }
            do {
                try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            } catch {
                throw RPCError(code: .failedPrecondition, message: "cannot create the data directory \(dataDirectory): \(error)")
            }
        }
        let storage = try Storage.open(path: path)
        var migrator = StorageMigrator()
        try HubHost.registerHostMigrations(&migrator)
        try migrator.migrate(storage)
        return PrincipalStore(storage: storage)
    }
}
