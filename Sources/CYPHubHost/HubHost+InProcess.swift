public import CYPHubCore
import CYPHubWire
public import Logging
public import NIOCore

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
        let dispatcher = server.dispatcher
        guard let entry = dispatcher.entries[name] else {
            return InProcessResult(messages: [], status: Status(dispatcher.unavailable(name)))
        }
        let context = CallContext(
            method: entry.method.descriptor, metadata: metadata, peer: "in-process", logger: logger ?? dispatcher.logger)
        let limit = dispatcher.limits.maxDecodeAllocationBytes
        let collected = Collected()
        do {
            switch entry.method.handler {
            case .messageUnary(let type, _, let handler):
                let response = try await handler(try entry.schema.input.decode(type, from: request, allocationLimit: limit), context)
                collected.append(try Self.encode(response, entry.schema.output))
            case .messageStreaming(let type, _, let handler):
                let output = entry.schema.output
                try await handler(
                    try entry.schema.input.decode(type, from: request, allocationLimit: limit), context,
                    MessageStreamWriter { collected.append(try Self.encode($0, output)) })
            case .unary(let handler):
                let response = try await handler(try entry.schema.input.decode(request, allocationLimit: limit), context)
                var buffer = ByteBuffer()
                try entry.schema.output.encode(response, into: &buffer)
                collected.append(buffer)
            case .serverStreaming(let handler):
                let output = entry.schema.output
                try await handler(
                    try entry.schema.input.decode(request, allocationLimit: limit), context,
                    RawResponseWriter { fields in
                        var buffer = ByteBuffer()
                        try output.encode(fields, into: &buffer)
                        collected.append(buffer)
                    })
            }
        } catch {
            return InProcessResult(messages: collected.messages, status: Status(RPCError(wrapping: error)))
        }
        return InProcessResult(messages: collected.messages, status: .ok)
    }

    private static func encode(_ message: any ProtoMessage, _ schema: MessageSchema) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        try schema.encode(message, into: &buffer)
        return buffer
    }
}

/// Response messages collected by an in-process call (handlers append in order; read after the call).
private final class Collected: @unchecked Sendable {
    // @unchecked: one call appends in order, and the result is read after it ends.
    private(set) var messages: [ByteBuffer] = []
    func append(_ buffer: ByteBuffer) { messages.append(buffer) }
}
