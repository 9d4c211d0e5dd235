/// Sends the messages of a server-streaming call, in order.
public struct ResponseWriter<Response: Encodable & Sendable>: Sendable {
    let sink: RawResponseWriter

    /// Encodes and sends one message. Suspends while the connection cannot take more (back-pressure)
    /// and throws if the call was cancelled or the caller went away.
    public func write(_ response: Response) async throws {
        try await sink.write(ProtoEncoder().encode(response))
    }
}

/// The host's side of a streaming call: sends one encoded message.
public struct RawResponseWriter: Sendable {
    let writeFields: @Sendable (ProtoFields) async throws -> Void

    /// Creates a writer from the host's send function.
    public init(_ write: @escaping @Sendable (ProtoFields) async throws -> Void) {
        self.writeFields = write
    }

    /// Sends one message.
    public func write(_ fields: ProtoFields) async throws {
        try await writeFields(fields)
    }
}
