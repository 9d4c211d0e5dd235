import NIOCore
import Testing

@testable import CYPHubClient

@Suite struct CallDeadlineTests {
    @Test(arguments: [
        // timeout, timeout_ms on the wire, the client's own timer (the timeout plus half of it, 250 ms to 2 s)
        (Duration.milliseconds(100), UInt64(100), TimeAmount.milliseconds(350)),
        (.seconds(1), 1000, .milliseconds(1500)),
        (.seconds(30), 30_000, .seconds(32)),
        (.microseconds(1500), 2, .microseconds(251_500)),
    ])
    func sendsTheTimeoutAndWaitsAMarginLonger(timeout: Duration, wire: UInt64, local: TimeAmount) {
        let deadline = CallDeadline(timeout: timeout)
        #expect(deadline.wireMilliseconds == wire)
        #expect(deadline.localTimeout == local)
    }

    @Test(arguments: [Duration.zero, .milliseconds(-5), .seconds(-3)])
    func treatsAPastTimeoutAsTheSmallestOne(timeout: Duration) {
        let deadline = CallDeadline(timeout: timeout)
        #expect(deadline.wireMilliseconds == 1)
        #expect(deadline.localTimeout == .milliseconds(250))
    }

    @Test(arguments: [Duration.seconds(Int64.max), .seconds(10_000_000_000)])
    func saturatesAHugeTimeoutInsteadOfTrapping(timeout: Duration) {
        let deadline = CallDeadline(timeout: timeout)
        #expect(deadline.wireMilliseconds == UInt64(Int64.max / 1_000_000) + 1)  // rounded up
        #expect(deadline.localTimeout == .nanoseconds(.max))
    }
}
