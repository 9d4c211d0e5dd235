import NIOCore
import Synchronization

/// The open connections: it keeps their number within `limits.maxConnections`, tells each to drain at shutdown and
/// to close after the grace period, and says when the last one has gone.
final class ConnectionRegistry: Sendable {
    private struct Entry: Sendable {
        let channel: any Channel
        let handler: NIOLoopBound<ConnectionHandler>
        let activity: ConnectionActivity
    }

    private struct State {
        var entries: [ObjectIdentifier: Entry] = [:]
        var emptyWaiters: [UInt64: CheckedContinuation<Bool, Never>] = [:]
        var nextWaiterID: UInt64 = 0
        /// Waiters whose timeout passed before they parked.
        var expiredWaiters: Set<UInt64> = []
    }

    /// What ``add(_:handler:activity:)`` did.
    enum Admission {
        /// Added, within the limit.
        case added
        /// Added in place of the longest-idle connection, which is being closed.
        case replacedIdle
        /// At the limit with every connection busy: the caller closes the new one.
        case refused
    }

    private let state = Mutex(State())
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Adds a connection. At the limit, the connection with no call in flight that has sent nothing for longest is
    /// told to go (GOAWAY and close) and the new one takes its place; when every connection has calls in flight, the
    /// new one is refused.
    func add(_ channel: any Channel, handler: NIOLoopBound<ConnectionHandler>, activity: ConnectionActivity) -> Admission {
        let (admission, evicted): (Admission, Entry?) = state.withLock { state in
            var evicted: Entry?
            if state.entries.count >= limit {
                let idle = state.entries.filter { $0.value.activity.calls == 0 }
                guard let oldest = idle.min(by: { $0.value.activity.lastFrame < $1.value.activity.lastFrame }) else {
                    return (.refused, nil)
                }
                evicted = state.entries.removeValue(forKey: oldest.key)
            }
            state.entries[ObjectIdentifier(channel)] = Entry(channel: channel, handler: handler, activity: activity)
            return (evicted == nil ? .added : .replacedIdle, evicted)
        }
        if let evicted {
            let handler = evicted.handler
            evicted.channel.eventLoop.execute { handler.value.replaceForNewConnection() }
        }
        return admission
    }

    func remove(_ channel: any Channel) {
        let waiters: [CheckedContinuation<Bool, Never>] = state.withLock { state in
            state.entries.removeValue(forKey: ObjectIdentifier(channel))
            guard state.entries.isEmpty else { return [] }
            defer { state.emptyWaiters.removeAll() }
            return Array(state.emptyWaiters.values)
        }
        for waiter in waiters { waiter.resume(returning: true) }
    }

    var count: Int { state.withLock { $0.entries.count } }

    /// Calls in flight on every connection.
    var callsInFlight: Int { state.withLock { $0.entries.values.reduce(0) { $0 + $1.activity.calls } } }

    /// Returns true once no connection is open (at once if none is), or false after `timeout`.
    func waitUntilEmpty(timeout: Duration) async -> Bool {
        let id = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }  // cancelled: the wait ended
            let waiter: CheckedContinuation<Bool, Never>? = state.withLock { state in
                guard let waiter = state.emptyWaiters.removeValue(forKey: id) else {
                    state.expiredWaiters.insert(id)  // not parked yet: it will see this and not wait
                    return nil
                }
                return waiter
            }
            waiter?.resume(returning: false)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let answer: Bool? = state.withLock { state in
                if state.entries.isEmpty { return true }
                if state.expiredWaiters.remove(id) != nil { return false }
                state.emptyWaiters[id] = continuation
                return nil
            }
            if let answer { continuation.resume(returning: answer) }
        }
    }

    /// Tells every connection to stop taking calls and close when its calls end.
    func drainAll() {
        for entry in state.withLock({ Array($0.entries.values) }) {
            let handler = entry.handler
            entry.channel.eventLoop.execute { handler.value.beginDraining() }
        }
    }

    /// Closes every connection now (their handlers are cancelled).
    func closeAll() {
        for entry in state.withLock({ Array($0.entries.values) }) {
            entry.channel.close(promise: nil)
        }
    }
}
