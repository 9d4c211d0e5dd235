public import CYPHubCore
import CYPHubWire
public import Logging
public import NIOCore
import Synchronization

extension HubHost {
    /// What one call served in process returned: the encoded response messages and the status.
    public struct InProcessResult: Sendable {
        /// Each response message, encoded as on the wire (uncompressed).
        public var messages: [ByteBuffer]
        /// The status the call ended with.
        public var status: Status
    }

    /// Serves one call without a network: the request bytes are decoded with protobuf-c, the handler runs, and
    /// each response is encoded with protobuf-c, through the same dispatch table, codec and limits a connection
    /// uses. For tests (`CYPHubTesting`'s in-process mode) and tools.
    public func serve(
        method name: String, request: ByteBuffer, metadata: [String: String] = [:], logger: Logger? = nil
    ) async -> InProcessResult {
        await serve(method: name, bytesIn: request.readableBytes, metadata: metadata, logger: logger) { entry, context, emit in
            try await entry.run(request, context, emit)
        }
    }

    /// Serves one client-streaming call without a network: `next` gives each encoded request message in order and nil
    /// after the last (throw from it to abandon the call: nothing is kept). Otherwise as ``serve(method:request:metadata:logger:)``.
    public func serveStreaming(
        method name: String, metadata: [String: String] = [:], logger: Logger? = nil,
        next: @escaping @Sendable () async throws -> ByteBuffer?
    ) async -> InProcessResult {
        let counted = Counted()
        return await serve(method: name, bytesIn: 0, counted: counted, metadata: metadata, logger: logger) { entry, context, emit in
            try await entry.runStream(
                {
                    let payload = try await next()
                    counted.add(payload?.readableBytes ?? 0)
                    return payload
                }, context, emit)
        }
    }

    private func serve(
        method name: String, bytesIn: Int, counted: Counted? = nil, metadata: [String: String], logger: Logger?,
        _ body:
            @Sendable (DispatchTable.Entry, CallContext, @escaping @Sendable (any ProtoMessage) async throws -> Void) async throws
            -> Void
    ) async -> InProcessResult {
        let dispatcher = server.dispatchTable
        let started = ContinuousClock.now
        guard let entry = dispatcher.entries[name] else {
            let error = dispatcher.unavailable(name)
            audit(method: name, code: error.code, started: started, bytesIn: bytesIn + (counted?.bytes ?? 0), messages: [], noted: nil)
            return InProcessResult(messages: [], status: Status(error))
        }
        let context = CallContext(
            method: entry.method.descriptor, metadata: metadata, peer: "in-process", logger: logger ?? dispatcher.logger)
        let collected = Collected()
        let callAudit = dispatcher.auditLog.map { _ in CallAudit() }
        var code = StatusCode.ok
        do {
            try await CallAudit.$current.withValue(callAudit) {
                try await body(entry, context) { message in
                    var buffer = ByteBuffer()
                    try entry.schema.output.encode(message, into: &buffer)
                    collected.append(buffer)
                }
            }
        } catch {
            code = RPCError(wrapping: error).code
            audit(
                method: name, code: code, started: started, bytesIn: bytesIn + (counted?.bytes ?? 0), messages: collected.messages,
                noted: callAudit)
            return InProcessResult(messages: collected.messages, status: Status(RPCError(wrapping: error)))
        }
        audit(
            method: name, code: code, started: started, bytesIn: bytesIn + (counted?.bytes ?? 0), messages: collected.messages,
            noted: callAudit)
        return InProcessResult(messages: collected.messages, status: .ok)
    }

    /// Records an in-process call in the audit log (peer `in-process`), when it is on.
    private func audit(
        method: String, code: StatusCode, started: ContinuousClock.Instant, bytesIn: Int, messages: [ByteBuffer], noted: CallAudit?
    ) {
        guard let auditLog = server.dispatchTable.auditLog else { return }
        let details = noted?.noted ?? CallAudit.Details()
        let elapsed = (ContinuousClock.now - started).components
        auditLog.append(
            AuditRecord(
                timeUnixMs: AuditLog.nowMs(), principal: details.principal, peer: "in-process", method: method,
                authority: details.authority, status: code.name,
                durationUs: Int(elapsed.seconds * 1_000_000 + elapsed.attoseconds / 1_000_000_000_000), bytesIn: bytesIn,
                bytesOut: messages.reduce(0) { $0 + $1.readableBytes }, files: details.files, rowsStored: details.rowsStored))
    }

    /// Stores every audit record buffered so far (the writer does so each second and at shutdown): for tests and tools
    /// that read the `audit_log` table while the host runs without its service group.
    public func flushAuditLog() async {
        await server.dispatchTable.auditLog?.flush()
    }

    /// Every method the host serves (its modules' and its own), by full name, sorted.
    public var methodNames: [String] { server.dispatchTable.entries.keys.sorted() }

    /// Decodes `request` as the request message of method `name` exactly as a call does before its handler runs —
    /// protobuf-c's unpack under the host's allocation limit, then the Swift mapping — without running the handler.
    /// For tools (the request fuzzer in `Fuzz/`). Throws the ``RPCError`` the call would end with: `INVALID_ARGUMENT`
    /// for a request that does not decode, `UNIMPLEMENTED` for a method the host does not serve.
    public func decodeRequest(method name: String, request: ByteBuffer) throws(RPCError) -> any ProtoMessage {
        guard let entry = server.dispatchTable.entries[name] else { throw server.dispatchTable.unavailable(name) }
        do {
            return try entry.decode(request)
        } catch {
            throw RPCError(wrapping: error)
        }
    }

}

/// The request bytes a client-streaming call served in process has read.
private final class Counted: Sendable {
    private let total = Mutex(0)
    func add(_ bytes: Int) { total.withLock { $0 += bytes } }
    var bytes: Int { total.withLock { $0 } }
}

/// Response messages collected by an in-process call (handlers append in order; read after the call).
private final class Collected: @unchecked Sendable {
    // @unchecked: one call appends in order, and the result is read after it ends.
    private(set) var messages: [ByteBuffer] = []
    func append(_ buffer: ByteBuffer) { messages.append(buffer) }
}
