public import Logging

/// What a handler knows about the call it is serving.
public struct CallContext: Sendable {
    /// The method being called.
    public var method: MethodDescriptor
    /// The caller's metadata (keys in lower case).
    public var metadata: [String: String]
    /// When the caller stops waiting, if it set a deadline. The host cancels the handler then.
    public var deadline: ContinuousClock.Instant?
    /// The remote address, for logs.
    public var peer: String
    /// A logger carrying the call's method and id.
    public var logger: Logger

    /// Creates a context; the host does this for every call.
    public init(
        method: MethodDescriptor,
        metadata: [String: String] = [:],
        deadline: ContinuousClock.Instant? = nil,
        peer: String = "",
        logger: Logger
    ) {
        self.method = method
        self.metadata = metadata
        self.deadline = deadline
        self.peer = peer
        self.logger = logger
    }
}
