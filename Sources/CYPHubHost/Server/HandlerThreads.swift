import NIOPosix

/// The threads module handlers run on: a task executor over a pool of its own, so that costly handlers keep these
/// threads busy, not the event loops (I/O and framing) nor Swift's shared pool (where the host's health check and the
/// tasks waiting for a turn run).
final class HandlerThreads: TaskExecutor {
    private let pool: NIOThreadPool
    /// How many threads it runs.
    let count: Int

    /// Starts `count` threads.
    init(count: Int) {
        self.count = count
        self.pool = NIOThreadPool(numberOfThreads: count)
        pool.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        // A job submitted after shutdown runs at once on this thread: a task must never be dropped.
        pool.submit { _ in job.runSynchronously(on: executor) }
    }

    /// Stops the threads once the jobs queued have run.
    func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}
