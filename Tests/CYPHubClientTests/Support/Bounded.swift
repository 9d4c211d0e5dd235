import CYPHubCore
import Synchronization
import Testing

/// An operation did not finish within its bound: the test fails instead of hanging.
struct TimedOut: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "did not finish within \(limit)" }
}

/// Runs `operation`, failing with ``TimedOut`` if it has not finished within `limit`. The bound only keeps a
/// broken client from hanging the suite; it never decides a passing outcome.
func bounded<T: Sendable>(
    _ limit: Duration = .seconds(60), _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    let once = Once<T>()
    return try await withCheckedThrowingContinuation { continuation in
        once.install(continuation)
        let work = Task {
            do { once.resume(with: .success(try await operation())) } catch { once.resume(with: .failure(error)) }
        }
        Task {
            try? await Task.sleep(for: limit)
            if once.resume(with: .failure(TimedOut(limit: limit))) { work.cancel() }
        }
    }
}

/// Resumes a continuation once, whichever side comes first.
private final class Once<T: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<T, any Error>?>(nil)

    func install(_ value: CheckedContinuation<T, any Error>) { continuation.withLock { $0 = value } }

    @discardableResult
    func resume(with result: Result<T, any Error>) -> Bool {
        guard
            let taken = continuation.withLock({ value in
                defer { value = nil }
                return value
            })
        else { return false }
        taken.resume(with: result)
        return true
    }
}

/// Runs `operation` and returns the `RPCError` it throws; records an issue if it returns or throws anything else.
func rpcError(_ operation: @escaping @Sendable () async throws -> some Sendable) async -> RPCError? {
    do {
        let value = try await bounded { try await operation() }
        Issue.record("expected an RPCError, got \(value)")
    } catch let error as RPCError {
        return error
    } catch {
        Issue.record("expected an RPCError, got \(error)")
    }
    return nil
}

/// A value handed from a fake host's script to the test (or back), once or many times, in order.
final class Mailbox<Value: Sendable>: Sendable {
    private let stream: AsyncStream<Value>
    private let continuation: AsyncStream<Value>.Continuation

    init() { (stream, continuation) = AsyncStream<Value>.makeStream() }

    /// Posts a value.
    func post(_ value: Value) { continuation.yield(value) }

    /// The next value posted (waits, bounded; `nil` if cancelled).
    func next() async throws -> Value {
        let stream = self.stream
        return try await bounded {
            var iterator = stream.makeAsyncIterator()
            guard let value = await iterator.next() else { throw CancellationError() }
            return value
        }
    }
}
