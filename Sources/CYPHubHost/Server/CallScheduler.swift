import NIOCore
import Synchronization

/// Runs handlers off the event loops, at most ``slots`` at once across the host, taking waiting calls from each
/// connection in rotation.
///
/// Handlers run on Swift's global concurrent executor, so the event loops do I/O and framing only. Calls beyond the
/// slots wait here, not on the executor's queue: when a slot frees, it goes to the next connection in the rotation
/// that has a call waiting. A connection keeping a hundred costly calls in flight therefore delays another
/// connection's cheap call by about one of its calls, not by all of them.
final class CallScheduler: Sendable {
    /// Identifies the connection a call belongs to.
    typealias ConnectionKey = ObjectIdentifier

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var free: Int
        var nextWaiterID: UInt64 = 0
        /// Waiting calls, first come first served within a connection.
        var waiting: [ConnectionKey: CircularBuffer<Waiter>] = [:]
        /// Connections with calls waiting, in the order their turns come.
        var rotation = CircularBuffer<ConnectionKey>()

        /// Hands the freed slot to the next waiting call, or returns it to the pool.
        mutating func nextWaiter() -> Waiter? {
            guard let key = rotation.popFirst() else {
                free += 1
                return nil
            }
            let waiter = waiting[key]!.removeFirst()
            if waiting[key]!.isEmpty {
                waiting[key] = nil
            } else {
                rotation.append(key)
            }
            return waiter
        }

        /// Queues a waiter behind its connection's others; a connection with none joins the end of the rotation.
        mutating func enqueue(_ waiter: Waiter, for key: ConnectionKey) {
            if waiting[key] == nil {
                waiting[key] = CircularBuffer()
                rotation.append(key)
            }
            waiting[key]!.append(waiter)
        }

        /// Removes a waiter whose task was cancelled; nil if it already has its slot.
        mutating func remove(_ id: UInt64, of key: ConnectionKey) -> Waiter? {
            guard var queue = waiting[key], let index = queue.firstIndex(where: { $0.id == id }) else { return nil }
            let waiter = queue.remove(at: index)
            if queue.isEmpty {
                waiting[key] = nil
                if let position = rotation.firstIndex(of: key) { rotation.remove(at: position) }
            } else {
                waiting[key] = queue
            }
            return waiter
        }
    }

    /// Handlers allowed to run at once.
    let slots: Int
    private let state: Mutex<State>

    init(slots: Int) {
        self.slots = slots
        self.state = Mutex(State(free: slots))
    }

    /// Calls waiting for a turn.
    var waitingCount: Int { state.withLock { $0.waiting.values.reduce(0) { $0 + $1.count } } }

    /// Calls holding a turn now.
    var running: Int { slots - state.withLock { $0.free } }

    /// Runs `body` once a slot is free and it is `connection`'s turn; throws `CancellationError` if the task is
    /// cancelled while it waits.
    func run<T: Sendable>(for connection: ConnectionKey, _ body: () async throws -> T) async throws -> T {
        try await acquire(for: connection)
        defer { release() }
        return try await body()
    }

    /// Gives up the caller's turn while `body` waits (a streaming call waiting for a slow peer), then waits for a turn
    /// again. Call only from inside ``run(for:_:)``.
    func releasingTurn<T: Sendable>(for connection: ConnectionKey, _ body: () async throws -> T) async throws -> T {
        release()
        let result: Result<T, any Error>
        do {
            result = .success(try await body())
        } catch {
            result = .failure(error)
        }
        // The turn is taken back even if the task was cancelled meanwhile: `run` gives it up when it returns.
        await acquireIgnoringCancellation(for: connection)
        return try result.get()
    }

    private func acquireIgnoringCancellation(for connection: ConnectionKey) async {
        guard let id = takeFreeSlotOrNumberWaiter() else { return }
        try? await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            switch enqueueUnlessFree(Waiter(id: id, continuation: continuation), for: connection, unlessCancelled: false) {
            case .queued: break
            case .slotTaken, .cancelled: continuation.resume()
            }
        }
    }

    private func acquire(for connection: ConnectionKey) async throws {
        guard let id = takeFreeSlotOrNumberWaiter() else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                switch enqueueUnlessFree(Waiter(id: id, continuation: continuation), for: connection, unlessCancelled: true) {
                case .queued: break
                case .slotTaken: continuation.resume()
                case .cancelled: continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            state.withLock { $0.remove(id, of: connection) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Takes a free slot if nobody is waiting (nil), or numbers a new waiter.
    private func takeFreeSlotOrNumberWaiter() -> UInt64? {
        state.withLock { state in
            if state.free > 0 && state.rotation.isEmpty {
                state.free -= 1
                return nil
            }
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
    }

    private enum EnqueueOutcome { case queued, slotTaken, cancelled }

    /// Takes a slot freed meanwhile with nobody ahead, or queues `waiter` in its connection's turn; with
    /// `unlessCancelled`, a task cancelled before it could queue (its cancellation handler found nothing to remove)
    /// does neither. The check is under the lock the cancellation handler takes, so no cancel is missed.
    private func enqueueUnlessFree(_ waiter: Waiter, for connection: ConnectionKey, unlessCancelled: Bool) -> EnqueueOutcome {
        state.withLock { state in
            if unlessCancelled && Task.isCancelled { return .cancelled }
            if state.free > 0 && state.rotation.isEmpty {
                state.free -= 1
                return .slotTaken
            }
            state.enqueue(waiter, for: connection)
            return .queued
        }
    }

    private func release() {
        state.withLock { $0.nextWaiter() }?.continuation.resume()
    }
}
