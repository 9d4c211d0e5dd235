/// The request messages of a client-streaming call, in the order the client sent them, as the host decodes them.
///
/// Iteration ends (`nil`) only when the client has said it sent the last message. A call the client cancels, whose
/// connection closes or whose deadline passes throws instead (`CancellationError` or the call's error), so a handler
/// that commits after the loop never commits a partial upload.
public struct RequestMessages: AsyncSequence, Sendable {
    /// One decoded request message.
    public typealias Element = any ProtoMessage

    private let next: @Sendable () async throws -> (any ProtoMessage)?

    /// A sequence whose iterator calls `next` for each message; `next` returns nil after the last.
    public init(next: @escaping @Sendable () async throws -> (any ProtoMessage)?) {
        self.next = next
    }

    /// Iterates the messages.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let next: @Sendable () async throws -> (any ProtoMessage)?

        /// The next message, or nil after the client's last.
        public mutating func next() async throws -> (any ProtoMessage)? {
            try await next()
        }
    }

    /// An iterator over the messages (the sequence is consumed once).
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(next: next) }
}

/// The typed request messages of a client-streaming method, as its handler reads them (see ``RequestMessages``).
public struct RequestStream<Request: ProtoMessage>: AsyncSequence, Sendable {
    /// One request message.
    public typealias Element = Request

    private let messages: RequestMessages

    /// Wraps the host's untyped messages.
    public init(_ messages: RequestMessages) {
        self.messages = messages
    }

    /// Iterates the messages.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestMessages.AsyncIterator

        /// The next message, or nil after the client's last.
        public mutating func next() async throws -> Request? {
            guard let message = try await base.next() else { return nil }
            guard let typed = message as? Request else {
                throw RPCError(code: .internalError, message: "a client stream of \(Request.protoName) was handed a \(type(of: message))")
            }
            return typed
        }
    }

    /// An iterator over the messages (the sequence is consumed once).
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: messages.makeAsyncIterator()) }
}
