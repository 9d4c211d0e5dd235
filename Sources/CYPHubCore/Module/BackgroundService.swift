/// Long-running work a module needs beside its methods (a scheduler, a cache refresher).
///
/// The host runs each one under its service group: `run()` starts with the host, and is cancelled
/// on shutdown (graceful shutdown cancels the task; return promptly when cancelled).
public protocol BackgroundService: Sendable {
    /// Runs until cancelled or finished.
    func run() async throws
}
