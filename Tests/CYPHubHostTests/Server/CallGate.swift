import CYPHubCore
import Synchronization

/// An interceptor that holds every call of one method before its handler until the test opens the gate, and counts
/// the calls that reached it and those whose handler has returned: a call stays in flight exactly as long as a test
/// needs, without a sleep that a loaded machine could outrun.
final class CallGate: ServerInterceptor, Sendable {
    private struct State {
        var open = false
        var entered = 0
        var returned = 0
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    let method: String
    private let state = Mutex(State())

    init(method: String) { self.method = method }

    /// Calls that reached the gate.
    var entered: Int { state.withLock { $0.entered } }
    /// Calls whose handler has returned (or thrown).
    var returned: Int { state.withLock { $0.returned } }

    /// Lets every held call, and every later one, through.
    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func intercept(
        request: any ProtoMessage, context: CallContext,
        next: @Sendable (any ProtoMessage, CallContext) async throws -> Void
    ) async throws {
        guard context.method.fullName == method else { return try await next(request, context) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isOpen = state.withLock { state in
                state.entered += 1
                if !state.open { state.waiters.append(continuation) }
                return state.open
            }
            if isOpen { continuation.resume() }
        }
        defer { state.withLock { $0.returned += 1 } }
        try await next(request, context)
    }
}
