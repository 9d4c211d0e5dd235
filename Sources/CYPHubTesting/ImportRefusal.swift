import CYPHubCore

/// What an import's call ends with, for comparing two ways of importing a file: `CODE (n): message` of the `RPCError`
/// it throws, `stored` when it stores the file, or the description of any other error.
public func importRefusal<Result>(_ call: () async throws -> Result) async -> String {
    do {
        _ = try await call()
        return "stored"
    } catch let error as RPCError {
        return "\(error.code): \(error.message)"
    } catch {
        return "\(error)"
    }
}
