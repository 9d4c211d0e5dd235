/// One method in the router: who owns it, its kind, its message types and its handler.
public struct RegisteredMethod: Sendable {
    /// The handler, over generated messages: the wire decodes the request as `input` and encodes each response as
    /// `output`, in one pass each way.
    public enum Handler: Sendable {
        /// Returns the one response.
        case unary(
            input: any ProtoMessage.Type, output: any ProtoMessage.Type,
            @Sendable (any ProtoMessage, CallContext) async throws -> any ProtoMessage)
        /// Writes any number of responses.
        case serverStreaming(
            input: any ProtoMessage.Type, output: any ProtoMessage.Type,
            @Sendable (any ProtoMessage, CallContext, MessageStreamWriter) async throws -> Void)
        /// Reads the requests as they arrive and returns the one response.
        case clientStreaming(
            input: any ProtoMessage.Type, output: any ProtoMessage.Type,
            @Sendable (RequestMessages, CallContext) async throws -> any ProtoMessage)
    }

    /// The method's name.
    public let descriptor: MethodDescriptor
    /// The id of the module that registered it (`host` for built-in services).
    public let moduleID: String
    /// What it does and for which authority: enforced by the host before the handler runs.
    public let access: MethodAccess
    /// A response as partners see it (small numbers withheld); `nil` when the response type has no such view, which
    /// the router allows only for methods partners may not call.
    public let partnerView: (@Sendable (any ProtoMessage) -> any ProtoMessage)?
    /// Unary, server-streaming or client-streaming.
    public var kind: MethodKind {
        switch handler {
        case .unary: .unary
        case .serverStreaming: .serverStreaming
        case .clientStreaming: .clientStreaming
        }
    }
    /// The request message's proto name.
    public var requestType: String {
        switch handler {
        case .unary(let input, _, _), .serverStreaming(let input, _, _), .clientStreaming(let input, _, _): input.protoName
        }
    }
    /// The response message's proto name.
    public var responseType: String {
        switch handler {
        case .unary(_, let output, _), .serverStreaming(_, let output, _), .clientStreaming(_, let output, _): output.protoName
        }
    }
    /// The handler.
    public let handler: Handler
}
