package import NIOCore

/// One timer per connection, armed for the earliest deadline among the calls in flight.
///
/// Scheduling and cancelling a NIO timer per call costs heap work and, when the new timer is the
/// earliest, a selector re-arm. With this, a wave of calls with similar timeouts arms the timer once;
/// when it fires, ``sweep(_:now:expiry:)`` finds the calls that are due and the next moment to arm for.
/// Used on the connection's event loop only, by the host's and the client's connection handlers.
package struct ConnectionDeadlines {
    private var armed: (at: NIODeadline, task: Scheduled<Void>)?

    package init() {}

    /// Arms the timer for `deadline` unless it is already armed for an earlier moment.
    package mutating func arm(for deadline: NIODeadline, on loop: any EventLoop, fire: @escaping @Sendable () -> Void) {
        if let armed, armed.at <= deadline { return }
        armed?.task.cancel()
        armed = (deadline, loop.scheduleTask(deadline: deadline, fire))
    }

    /// Forgets the timer after it fired (call first thing in the fire closure).
    package mutating func fired() { armed = nil }

    /// Cancels the timer (the connection closed).
    package mutating func cancel() {
        armed?.task.cancel()
        armed = nil
    }

    /// The ids of the calls whose deadline has passed, and the earliest deadline still ahead.
    package static func sweep<Call>(
        _ calls: [UInt32: Call],
        now: NIODeadline,
        expiry: (Call) -> NIODeadline?
    ) -> (expired: [UInt32], earliest: NIODeadline?) {
        var expired: [UInt32] = []
        var earliest: NIODeadline?
        for (id, call) in calls {
            guard let deadline = expiry(call) else { continue }
            if deadline <= now {
                expired.append(id)
            } else if earliest.map({ deadline < $0 }) ?? true {
                earliest = deadline
            }
        }
        return (expired, earliest)
    }
}
