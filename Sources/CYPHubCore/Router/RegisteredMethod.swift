/// One method in the router: who owns it, its kind, and its handler over the value tree.
public struct RegisteredMethod: Sendable {
    /// The handler, over decoded message trees.
    public enum Handler: Sendable {
        /// Returns the one response.
        case unary(@Sendable (ProtoFields, CallContext) async throws -> ProtoFields)
        /// Writes any number of responses.
        case serverStreaming(@Sendable (ProtoFields, CallContext, RawResponseWriter) async throws -> Void)
        /// A method of generated messages: the wire decodes the request as `input` and encodes the response as
        /// `output`, in one pass each way.
        case messageUnary(
            input: any ProtoMessage.Type, output: any ProtoMessage.Type,
            @Sendable (any ProtoMessage, CallContext) async throws -> any ProtoMessage)
        /// A streaming method of generated messages.
        case messageStreaming(
            input: any ProtoMessage.Type, output: any ProtoMessage.Type,
            @Sendable (any ProtoMessage, CallContext, MessageStreamWriter) async throws -> Void)
    }

    /// The method's name.
    public let descriptor: MethodDescriptor
    /// The id of the module that registered it (`host` for built-in services).
    public let moduleID: String
    /// Unary or server-streaming.
    public var kind: MethodKind {
        switch handler {
        case .unary, .messageUnary: .unary
        case .serverStreaming, .messageStreaming: .serverStreaming
        }
    }
    /// The Swift request type's name, for listings and logs.
    public let requestType: String
    /// The Swift response type's name, for listings and logs.
    public let responseType: String
    /// The handler.
    public let handler: Handler
}
