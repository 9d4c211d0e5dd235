import CYPHubCore
import Foundation
import Logging
import NIOCore
import Synchronization

/// The audit log's buffer: calls append their records without waiting (one lock, no I/O), and the ``AuditWriter``
/// stores them in batches, one transaction each, at least once a second and at shutdown.
///
/// The buffer holds at most ``capacity`` records: if the database cannot keep up, records beyond it are dropped,
/// counted, and the writer logs the count at error level (it never grows without bound).
final class AuditLog: Sendable {
    /// The most records held before new ones are dropped.
    static let defaultCapacity = 100_000

    private struct State {
        var records: [AuditRecord] = []
        var dropped = 0
    }

    private let state = Mutex(State())
    /// The most records held.
    let capacity: Int
    /// Where records are stored.
    let storage: Storage
    /// Rows older than this many days are purged (0: kept forever).
    let retentionDays: Int
    let logger: Logger
    /// One flush at a time, so batches are stored in the order they were taken.
    private let flushing = FlushLock()

    init(storage: Storage, retentionDays: Int, logger: Logger, capacity: Int = AuditLog.defaultCapacity) {
        self.storage = storage
        self.retentionDays = retentionDays
        self.logger = logger
        self.capacity = capacity
        state.withLock { $0.records.reserveCapacity(1024) }
    }

    /// Adds a record to the buffer, or counts it as dropped when the buffer is full.
    func append(_ record: AuditRecord) {
        state.withLock { state in
            if state.records.count < capacity {
                state.records.append(record)
            } else {
                state.dropped += 1
            }
        }
    }

    /// Records dropped since the last flush (the buffer was full).
    var dropped: Int { state.withLock { $0.dropped } }

    /// `127.0.0.1:54321` or `[::1]:54321` (the address's description for anything else).
    static func peer(_ address: SocketAddress?) -> String {
        guard let address else { return "unknown" }
        guard let ip = address.ipAddress, let port = address.port else { return address.description }
        if case .v6 = address { return "[\(ip)]:\(port)" }
        return "\(ip):\(port)"
    }

    /// The milliseconds since 1970 now.
    static func nowMs() -> Int { Int((Date().timeIntervalSince1970 * 1000).rounded()) }

    /// Stores every record buffered so far in one transaction. On failure the records go back to the front of the
    /// buffer (as many as fit) for the next flush, and the error is logged.
    func flush() async {
        await flushing.run {
            let (batch, dropped) = state.withLock { state in
                defer {
                    state.records = []
                    state.records.reserveCapacity(1024)
                    state.dropped = 0
                }
                return (state.records, state.dropped)
            }
            if dropped > 0 {
                logger.error(
                    "audit log: dropped \(dropped) records: the database did not keep up with calls (buffer of \(capacity) records full)")
            }
            // Transactions of at most `recordsPerTransaction`, so a backlog never holds the database's write lock (which
            // module imports wait for) for long.
            var stored = 0
            while stored < batch.count {
                let chunk = Array(batch[stored..<min(stored + Self.recordsPerTransaction, batch.count)])
                do {
                    try await storage.write { db in try AuditStore.insert(chunk, into: db) }
                    stored += chunk.count
                } catch {
                    let left = batch[stored...]
                    let reason = String("\(error)".prefix(300))
                    logger.error("audit log: could not store \(left.count) records (kept to retry): \(reason)")
                    state.withLock { state in
                        let kept = left.prefix(max(0, capacity - state.records.count))
                        state.dropped += left.count - kept.count
                        state.records.insert(contentsOf: kept, at: 0)
                    }
                    return
                }
            }
        }
    }

    /// The most records stored in one transaction.
    static let recordsPerTransaction = 5_000

    /// Deletes records older than the retention period (nothing when it is 0); returns how many.
    @discardableResult
    func purge(now: Int = AuditLog.nowMs()) async throws -> Int {
        guard retentionDays > 0 else { return 0 }
        let cutoff = now - retentionDays * 86_400_000
        let purged = try await storage.write { db in try AuditStore.purge(before: cutoff, in: db) }
        if purged > 0 { logger.info("audit log: purged \(purged) records older than \(retentionDays) days (audit.retentionDays)") }
        return purged
    }
}

/// Runs one body at a time, in the order they asked (an async lock without a thread blocked).
private actor FlushLock {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func run(_ body: @Sendable () async -> Void) async {
        if busy {
            await withCheckedContinuation { waiters.append($0) }
        } else {
            busy = true
        }
        await body()
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
