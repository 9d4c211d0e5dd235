import NIOCore

/// A call's timeout as the wire carries it and as the client's own timer enforces it.
///
/// The host enforces `timeout_ms` and answers `DEADLINE_EXCEEDED` with a message naming the method. The client's
/// timer is the fallback for a host that never answers (hung, or a network that lost the connection): it fires a
/// margin after the timeout, half the timeout but at least 250 ms and at most 2 s, so that the host's own answer
/// normally arrives first. Every conversion saturates: no `Duration`, however large or negative, traps.
struct CallDeadline: Sendable, Equatable {
    /// `CallStart.timeout_ms`: at least 1 (0 would mean no deadline).
    var wireMilliseconds: UInt64
    /// When the client gives up on its own, from the moment the call starts.
    var localTimeout: TimeAmount

    /// The smallest margin the client waits past the timeout.
    static let minimumMargin = TimeAmount.milliseconds(250)
    /// The largest margin the client waits past the timeout.
    static let maximumMargin = TimeAmount.seconds(2)

    init(timeout: Duration) {
        let nanoseconds = Self.nanoseconds(timeout)
        // Rounded up, so that a sub-millisecond timeout is not sent as "none".
        wireMilliseconds = UInt64(max(1, nanoseconds / 1_000_000 + (nanoseconds % 1_000_000 > 0 ? 1 : 0)))
        let margin = min(Self.maximumMargin.nanoseconds, max(Self.minimumMargin.nanoseconds, nanoseconds / 2))
        localTimeout = .nanoseconds(nanoseconds.addingReportingOverflow(margin).overflow ? .max : nanoseconds + margin)
    }

    /// The duration in nanoseconds, 0 for a negative one, `Int64.max` for one too long to count.
    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, !(seconds == 0 && attoseconds <= 0) else { return 0 }
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return .max }
        let (total, overflowAgain) = whole.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflowAgain ? .max : total
    }
}
