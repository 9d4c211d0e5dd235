import Synchronization
import Testing

@testable import CYPHubHost

/// The host's scheduler: turns taken from each connection in rotation, a bounded number at once.
@Suite struct CallSchedulerTests {
    /// Two keys standing for two connections.
    final class Connection: Sendable {}

    @Test func aConnectionWithOneCallWaitsForAboutOneOfAnothersHundred() async throws {
        let scheduler = CallScheduler(slots: 1)
        let flooder = Connection()
        let other = Connection()
        let order = Shared<[String]>([])
        let gate = AsyncGate()
        // Hold the only slot while the others queue.
        let holder = Task {
            try await scheduler.run(for: ObjectIdentifier(flooder)) { @Sendable in await gate.wait() }
        }
        try await waitFor { scheduler.running == 1 }
        var tasks: [Task<Void, any Error>] = []
        for index in 0..<100 {
            tasks.append(
                Task {
                    try await scheduler.run(for: ObjectIdentifier(flooder)) { @Sendable in order.withLock { $0.append("flood \(index)") } }
                })
            try await waitFor { scheduler.waitingCount == index + 1 }
        }
        tasks.append(Task { try await scheduler.run(for: ObjectIdentifier(other)) { @Sendable in order.withLock { $0.append("other") } } })
        try await waitFor { scheduler.waitingCount == 101 }
        gate.open()
        try await holder.value
        for task in tasks { try await task.value }
        let ran = order.withLock { $0 }
        #expect(ran.count == 101)
        // The flood queued first, yet the other connection's call runs second, not 101st.
        #expect(ran.firstIndex(of: "other") == 1)
        #expect(scheduler.running == 0)
    }

    @Test func runsAtMostItsSlotsAtOnce() async throws {
        let scheduler = CallScheduler(slots: 3)
        let connection = Connection()
        let peak = Shared((now: 0, most: 0))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<30 {
                group.addTask {
                    try await scheduler.run(for: ObjectIdentifier(connection)) { @Sendable in
                        peak.withLock {
                            $0.now += 1
                            $0.most = max($0.most, $0.now)
                        }
                        try await Task.sleep(for: .milliseconds(2))
                        peak.withLock { $0.now -= 1 }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(peak.withLock { $0.most } == 3)
        #expect(scheduler.running == 0)
    }

    @Test func aCallCancelledWhileWaitingLeavesTheQueueAndGivesBackNothing() async throws {
        let scheduler = CallScheduler(slots: 1)
        let connection = Connection()
        let gate = AsyncGate()
        let holder = Task { try await scheduler.run(for: ObjectIdentifier(connection)) { @Sendable in await gate.wait() } }
        try await waitFor { scheduler.running == 1 }
        let waiting = Task { try await scheduler.run(for: ObjectIdentifier(connection)) { @Sendable in "ran" } }
        try await waitFor { scheduler.waitingCount == 1 }
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        #expect(scheduler.waitingCount == 0)
        gate.open()
        try await holder.value
        // The one slot is free again, exactly once.
        #expect(scheduler.running == 0)
        #expect(try await scheduler.run(for: ObjectIdentifier(connection)) { @Sendable in "after" } == "after")
    }
}

/// A value shared between tasks under a lock.
final class Shared<Value: Sendable>: Sendable {
    private let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
    func withLock<R: Sendable>(_ body: (inout sending Value) -> sending R) -> R { value.withLock(body) }
}

/// Waits (up to 10 s) until `condition` holds.
private func waitFor(_ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(10)
    while !condition() {
        guard ContinuousClock.now < deadline else { throw CancellationError() }
        try await Task.sleep(for: .milliseconds(1))
    }
}
