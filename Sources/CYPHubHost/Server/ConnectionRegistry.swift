import NIOCore
import Synchronization

/// The open connections, so shutdown can tell each to drain and, after the grace period, close it.
final class ConnectionRegistry: Sendable {
    private struct Entry: Sendable {
        let channel: any Channel
        let handler: NIOLoopBound<ConnectionHandler>
    }

    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Adds a connection; `false` when the limit is reached (the caller closes it).
    func add(_ channel: any Channel, handler: NIOLoopBound<ConnectionHandler>) -> Bool {
        entries.withLock { entries in
            guard entries.count < limit else { return false }
            entries[ObjectIdentifier(channel)] = Entry(channel: channel, handler: handler)
            return true
        }
    }

    func remove(_ channel: any Channel) {
        _ = entries.withLock { $0.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    var count: Int { entries.withLock { $0.count } }

    /// Tells every connection to stop taking calls and close when its calls end.
    func drainAll() {
        for entry in entries.withLock({ Array($0.values) }) {
            let handler = entry.handler
            entry.channel.eventLoop.execute { handler.value.beginDraining() }
        }
    }

    /// Closes every connection now (their handlers are cancelled).
    func closeAll() {
        for entry in entries.withLock({ Array($0.values) }) {
            entry.channel.close(promise: nil)
        }
    }
}
