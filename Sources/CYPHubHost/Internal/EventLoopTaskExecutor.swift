import NIOCore

/// Runs Swift tasks on a NIO event loop: the host's health check and module listing run on their connection's loop,
/// apart from the module handlers on Swift's shared pool, so a monitor is answered however busy that pool is.
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }
}
