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

    /// Calls running or waiting for a slot, for diagnostics.
    var waitingCount: Int { state.withLock { $0.waiting.values.reduce(0) { $0 + $1.count } } }

    /// Runs `body` once a slot is free and it is `connection`'s turn; throws `CancellationError` if the task is
    /// cancelled while it waits.
    func run<T: Sendable>(for connection: ConnectionKey, _ body: () async throws -> T) async throws -> T {
        try await acquire(for: connection)
        defer { release() }
        return try await body()
    }

    private func acquire(for connection: ConnectionKey) async throws {
        let id: UInt64? = state.withLock { state in
            if state.free > 0 && state.rotation.isEmpty {
                state.free -= 1
                return nil
            }
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                enum Outcome { case queued, slotTaken, cancelled }
                let outcome: Outcome = state.withLock { state in
                    // Cancelled before it could queue, or a slot freed meanwhile with nobody ahead.
                    if Task.isCancelled { return .cancelled }
                    if state.free > 0 && state.rotation.isEmpty {
                        state.free -= 1
                        return .slotTaken
                    }
                    if state.waiting[connection] == nil {
                        state.waiting[connection] = CircularBuffer()
                        state.rotation.append(connection)
                    }
                    state.waiting[connection]!.append(Waiter(id: id, continuation: continuation))
                    return .queued
                }
                switch outcome {
                case .queued: break
                case .slotTaken: continuation.resume()
                case .cancelled: continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            state.withLock { $0.remove(id, of: connection) }?.continuation.resume(throwing: CancellationError())
        }
    }

    private func release() {
        state.withLock { $0.nextWaiter() }?.continuation.resume()
    }
}
