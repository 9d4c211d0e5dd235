import Logging
import ServiceLifecycle

/// Stores the audit log's buffer in the database at least once a second, purges records past the retention period
/// once a day, and stores what is left when the host shuts down.
///
/// In the host's service group it stops after the server has drained (so every call's record is in the buffer) and
/// before the database closes.
struct AuditWriter: Service {
    let log: AuditLog
    /// How often the buffer is stored.
    var interval: Duration = .seconds(1)
    /// How often old records are purged.
    var purgeInterval: Duration = .seconds(86_400)

    func run() async throws {
        let clock = ContinuousClock()
        var nextPurge = clock.now + purgeInterval
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            await log.flush()
            if clock.now >= nextPurge {
                nextPurge = clock.now + purgeInterval
                do {
                    try await log.purge()
                } catch {
                    log.logger.error("audit log: could not purge old records: \(error)")
                }
            }
        }
        // The server has drained: every call's record is buffered.
        await log.flush()
    }
}
