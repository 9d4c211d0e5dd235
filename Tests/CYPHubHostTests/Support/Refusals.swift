import CYPHubCore
import Testing

/// The `RPCError` `body` throws; nil when it throws none (or another error).
func refusal(_ body: () async throws -> Void) async -> RPCError? {
    do {
        try await body()
        return nil
    } catch {
        return error as? RPCError
    }
}

/// Expects `body` to fail with `code`, and returns the message.
func failure(_ code: StatusCode, _ body: () async throws -> Void) async -> String? {
    do {
        try await body()
        Issue.record("expected \(code)")
        return nil
    } catch let error as RPCError {
        #expect(error.code == code, "\(error)")
        return error.message
    } catch {
        Issue.record("expected an RPCError, got \(error)")
        return nil
    }
}
