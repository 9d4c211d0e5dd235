/// One method in the router: who owns it, its kind, and its handler over the value tree.
public struct RegisteredMethod: Sendable {
    /// The handler, over decoded message trees.
    public enum Handler: Sendable {
        /// Returns the one response.
        case unary(@Sendable (ProtoFields, CallContext) async throws -> ProtoFields)
        /// Writes any number of responses.
        case serverStreaming(@Sendable (ProtoFields, CallContext, RawResponseWriter) async throws -> Void)
    }

    /// The method's name.
    public let descriptor: MethodDescriptor
    /// The id of the module that registered it (`host` for built-in services).
    public let moduleID: String
    /// Unary or server-streaming.
    public var kind: MethodKind {
        switch handler {
        case .unary: .unary
        case .serverStreaming: .serverStreaming
        }
    }
    /// The Swift request type's name, for listings and logs.
    public let requestType: String
    /// The Swift response type's name, for listings and logs.
    public let responseType: String
    /// The handler.
    public let handler: Handler
}
