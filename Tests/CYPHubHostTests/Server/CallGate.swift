import CYPHubCore
import Synchronization

/// An interceptor that holds every call of one method before its handler until the test opens the gate, and counts
/// the calls that reached it and those whose handler has returned: a call stays in flight exactly as long as a test
/// needs, without a sleep that a loaded machine could outrun.
final class CallGate: ServerInterceptor, Sendable {
    let method: String
    private let gate = AsyncGate()
    private let counts = Mutex((entered: 0, returned: 0))

    init(method: String) { self.method = method }

    /// Calls that reached the gate.
    var entered: Int { counts.withLock { $0.entered } }
    /// Calls whose handler has returned (or thrown).
    var returned: Int { counts.withLock { $0.returned } }

    /// Lets every held call, and every later one, through.
    func open() { gate.open() }

    func intercept(
        request: any ProtoMessage, context: CallContext,
        next: @Sendable (any ProtoMessage, CallContext) async throws -> Void
    ) async throws {
        guard context.method.fullName == method else { return try await next(request, context) }
        counts.withLock { $0.entered += 1 }
        await gate.wait()
        defer { counts.withLock { $0.returned += 1 } }
        try await next(request, context)
    }
}

/// Opens once; every waiter then goes on.
final class AsyncGate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { continuation in
            let open = state.withLock { state in
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if open { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
