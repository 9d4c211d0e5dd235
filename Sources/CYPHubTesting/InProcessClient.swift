public import CYPHubCore
public import CYPHubHost
import CYPHubWire
import NIOCore

/// Calls a test host's methods in process: each request is encoded with protobuf-c, served by the host's own
/// dispatch table (``HubHost/serve(method:request:metadata:logger:)``) and each response decoded with protobuf-c,
/// so a test exercises the real codec and the real handlers without a socket.
public struct InProcessClient: RPCCaller {
    /// The host whose methods are called.
    public let host: HubHost
    private let schema: ProtoSchema
    private let allocationLimit: Int

    /// Creates a client over `host`.
    public init(host: HubHost) throws {
        self.host = host
        self.schema = try ProtoSchema.load()
        self.allocationLimit = host.configuration.limits.maxDecodeAllocationBytes
    }

    private func methodSchema(_ method: MethodDescriptor) throws -> MethodSchema {
        guard let methodSchema = schema.method(method.fullName) else {
            throw RPCError(code: .unimplemented, message: "\(method) is not in the schema")
        }
        return methodSchema
    }

    private func serve(_ method: MethodDescriptor, _ request: ByteBuffer, _ options: CallOptions) async throws -> [ByteBuffer] {
        let result = await host.serve(method: method.fullName, request: request, metadata: options.metadata)
        if let error = result.status.error { throw error }
        return result.messages
    }

    /// Calls a unary method.
    public func unary<Method: UnaryRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions
    ) async throws -> Method.Output {
        let methodSchema = try self.methodSchema(Method.descriptor)
        var payload = ByteBuffer()
        try methodSchema.input.encode(request, into: &payload)
        let messages = try await serve(Method.descriptor, payload, options)
        guard messages.count == 1, let message = messages.first else {
            throw RPCError(code: .internalError, message: "\(Method.descriptor) answered \(messages.count) messages; expected 1")
        }
        return try methodSchema.output.decode(Method.Output.self, from: message, allocationLimit: allocationLimit)
    }

    /// Calls a server-streaming method.
    public func serverStreaming<Method: ServerStreamingRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions,
        onResponse: @escaping @Sendable (Method.Output) async throws -> Void
    ) async throws {
        let methodSchema = try self.methodSchema(Method.descriptor)
        var payload = ByteBuffer()
        try methodSchema.input.encode(request, into: &payload)
        for message in try await serve(Method.descriptor, payload, options) {
            try await onResponse(try methodSchema.output.decode(Method.Output.self, from: message, allocationLimit: allocationLimit))
        }
    }

    /// Calls a client-streaming method: each request is encoded and handed to the host's handler as it asks for it.
    public func clientStreaming<Method: ClientStreamingRPCMethod, Requests: AsyncSequence>(
        _ method: Method.Type, requests: Requests, options: CallOptions
    ) async throws -> Method.Output where Requests.Element == Method.Input {
        let methodSchema = try self.methodSchema(Method.descriptor)
        // The host's handler pulls the requests as this task encodes them (queued without bound: in process, for tests).
        let (payloads, feed) = AsyncThrowingStream<ByteBuffer, any Error>.makeStream()
        let reader = PayloadReader(payloads)
        let host = self.host
        async let served = host.serveStreaming(method: Method.descriptor.fullName, metadata: options.metadata) {
            try await reader.next()
        }
        do {
            for try await request in requests {
                var payload = ByteBuffer()
                try methodSchema.input.encode(request, into: &payload)
                feed.yield(payload)
            }
            feed.finish()
        } catch {
            feed.finish(throwing: error)
            _ = await served
            throw error
        }
        let result = await served
        if let error = result.status.error { throw error }
        guard result.messages.count == 1, let message = result.messages.first else {
            throw RPCError(code: .internalError, message: "\(Method.descriptor) answered \(result.messages.count) messages; expected 1")
        }
        return try methodSchema.output.decode(Method.Output.self, from: message, allocationLimit: allocationLimit)
    }
}

/// The encoded requests of an in-process client-streaming call, read by the host's handler one at a time.
private final class PayloadReader: @unchecked Sendable {
    // @unchecked: the iterator is advanced only by the call's handler, one `next()` at a time.
    private var iterator: AsyncThrowingStream<ByteBuffer, any Error>.AsyncIterator
    init(_ stream: AsyncThrowingStream<ByteBuffer, any Error>) { iterator = stream.makeAsyncIterator() }
    func next() async throws -> ByteBuffer? { try await iterator.next() }
}
