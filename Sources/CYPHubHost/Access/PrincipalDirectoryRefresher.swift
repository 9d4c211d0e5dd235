import Logging
import ServiceLifecycle

/// Keeps the running host's ``PrincipalDirectory`` in step with changes made outside it (`cyphub principals …` on the
/// same data directory): reads the change counter every `interval` (one small read) and reloads the directory when it
/// has moved. A principal or token revoked offline is refused within about `interval` (a second by default).
struct PrincipalDirectoryRefresher: Service {
    let directory: PrincipalDirectory
    let store: PrincipalStore
    let interval: Duration
    let logger: Logger

    func run() async {
        await cancelWhenGracefulShutdown {
            // Shutdown cancels the sleep: the loop ends, not as an error.
            while (try? await Task.sleep(for: interval)) != nil {
                await refreshLogging()
            }
        }
    }

    /// Reloads the directory if the database's counter differs from the one it reflects; returns whether it did.
    @discardableResult
    func refreshIfChanged() async throws -> Bool {
        guard try await store.generation() != directory.generation else { return false }
        try await directory.reload()
        return true
    }

    private func refreshLogging() async {
        do {
            if try await refreshIfChanged() {
                logger.info("principals changed in the database: reloaded \(directory.count) principals")
            }
        } catch is CancellationError {
        } catch {
            // The directory keeps what it had: the next tick tries again.
            logger.error("could not reload principals: \(error)")
        }
    }
}
