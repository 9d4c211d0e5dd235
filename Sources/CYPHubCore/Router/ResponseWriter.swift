/// Sends the messages of a server-streaming call, in order.
public struct ResponseWriter<Response: ProtoMessage>: Sendable {
    private let send: @Sendable (Response) async throws -> Void

    /// A writer that hands each message to `send`.
    public init(_ send: @escaping @Sendable (Response) async throws -> Void) {
        self.send = send
    }

    /// Sends one message. Suspends while the connection cannot take more (back-pressure) and throws if the call
    /// was cancelled or the caller went away.
    public func write(_ response: Response) async throws {
        try await send(response)
    }
}

/// The host's side of a streaming call: encodes and sends one message.
public struct MessageStreamWriter: Sendable {
    private let send: @Sendable (any ProtoMessage) async throws -> Void

    /// Creates a writer from the host's send function.
    public init(_ send: @escaping @Sendable (any ProtoMessage) async throws -> Void) {
        self.send = send
    }

    /// Sends one message.
    public func write(_ message: any ProtoMessage) async throws {
        try await send(message)
    }
}
