import Foundation
import Logging
import Synchronization

/// Failed authentications by peer address, so that a token cannot be guessed at network speed: after
/// ``freeFailures`` failures from one address, every further call from it waits before its credentials are checked,
/// twice as long for each failure (from ``firstDelay`` up to ``maxDelay``), and the address is logged. The count
/// halves for every ``decayInterval`` without a failure, so a client that fixes its token soon runs at full speed.
final class FailedAttempts: Sendable {
    static let freeFailures = 5
    static let firstDelay: Duration = .milliseconds(100)
    static let maxDelay: Duration = .seconds(10)
    static let decayInterval: TimeInterval = 60
    /// Addresses tracked at most; beyond it the quietest are forgotten (a flood of addresses cannot exhaust memory).
    static let maxAddresses = 10_000

    private struct Record {
        var failures: Double
        var last: ContinuousClock.Instant
    }

    private let records = Mutex<[String: Record]>([:])
    /// How many addresses are tracked, read without the lock: when none, a call pays one atomic load.
    private let tracked = Atomic<Int>(0)
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// Whether any address has failures on record (one atomic load): when not, no call waits and a success has
    /// nothing to forget, so callers need not even work out the peer's address.
    var isTracking: Bool { tracked.load(ordering: .relaxed) > 0 }

    /// How long a call from `address` waits before its credentials are checked (zero for most).
    func delay(for address: String, now: ContinuousClock.Instant = .now) -> Duration {
        guard tracked.load(ordering: .relaxed) > 0 else { return .zero }
        let failures = records.withLock { records in
            guard let record = records[address] else { return 0.0 }
            return Self.decayed(record, now: now)
        }
        return Self.delay(forFailures: failures)
    }

    /// The wait after `failures` failures.
    static func delay(forFailures failures: Double) -> Duration {
        let over = Int(failures.rounded(.down)) - freeFailures
        guard over > 0 else { return .zero }
        let doublings = min(over - 1, 20)
        return min(firstDelay * (1 << doublings), maxDelay)
    }

    /// Counts a failure from `address`; logs when the address starts being slowed and every tenth failure after.
    func recordFailure(from address: String, now: ContinuousClock.Instant = .now) {
        let failures = records.withLock { records -> Int in
            var record = records[address].map { Record(failures: Self.decayed($0, now: now), last: now) } ?? Record(failures: 0, last: now)
            record.failures += 1
            if records[address] == nil, records.count >= Self.maxAddresses {
                if let quietest = records.min(by: { $0.value.last < $1.value.last })?.key { records[quietest] = nil }
            }
            records[address] = record
            tracked.store(records.count, ordering: .relaxed)
            return Int(record.failures.rounded(.down))
        }
        if failures == Self.freeFailures + 1 || (failures > Self.freeFailures && failures % 10 == 0) {
            logger.warning(
                "repeated authentication failures from \(address): \(failures) recently; its calls now wait \(Self.delay(forFailures: Double(failures))) before their credentials are checked"
            )
        }
    }

    /// Forgets `address`'s failures after a success.
    func recordSuccess(from address: String) {
        guard tracked.load(ordering: .relaxed) > 0 else { return }
        records.withLock { records in
            if records[address] != nil { records[address] = nil }
            tracked.store(records.count, ordering: .relaxed)
        }
    }

    private static func decayed(_ record: Record, now: ContinuousClock.Instant) -> Double {
        let seconds = Double((now - record.last).components.seconds)
        return record.failures * pow(0.5, seconds / decayInterval)
    }
}
