/// Per-call options a client can set.
public struct CallOptions: Sendable {
    /// How long the caller waits; the server cancels the handler when it passes. `nil`: no deadline.
    public var timeout: Duration?
    /// Metadata sent with the call.
    public var metadata: [String: String]
    /// Whether the client accepts zlib-compressed responses (large messages only).
    public var acceptCompression: Bool

    /// Creates options.
    public init(timeout: Duration? = .seconds(30), metadata: [String: String] = [:], acceptCompression: Bool = true) {
        self.timeout = timeout
        self.metadata = metadata
        self.acceptCompression = acceptCompression
    }

    /// A 30 second deadline, no metadata, compression accepted.
    public static let defaults = CallOptions()
}

/// Something that can call a CYPHub method: the network client, or an in-process host in tests.
///
/// Domain modules build their typed clients on this protocol, so that they need no networking code.
public protocol RPCCaller: Sendable {
    /// Calls a unary method.
    func unary<Method: UnaryRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions
    ) async throws -> Method.Output

    /// Calls a server-streaming method, handing each response to `onResponse` in order.
    func serverStreaming<Method: ServerStreamingRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions,
        onResponse: @escaping @Sendable (Method.Output) async throws -> Void
    ) async throws

    /// Calls a client-streaming method: sends every message of `requests` in order, says it has sent the last, and
    /// returns the one response. If the host ends the call early (a refused request), sending stops and its error is
    /// thrown; if `requests` throws, the call is cancelled (nothing is kept) and the error is thrown.
    func clientStreaming<Method: ClientStreamingRPCMethod, Requests: AsyncSequence>(
        _ method: Method.Type, requests: Requests, options: CallOptions
    ) async throws -> Method.Output where Requests.Element == Method.Input
}

extension RPCCaller {
    /// Calls a unary method with default options.
    public func unary<Method: UnaryRPCMethod>(_ method: Method.Type, request: Method.Input) async throws -> Method.Output {
        try await unary(method, request: request, options: .defaults)
    }
}
