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
    /// The call's id on its connection (0 in process).
    public var callID: UInt32
    /// Who the call runs as, resolved by the host from its credentials before the handler runs.
    public var principal: Principal
    /// The subject of the client's certificate, on a mutual-TLS connection (`CN=…,O=…`); empty otherwise.
    public var clientCertificateSubject: String
    private var baseLogger: Logger

    /// A logger carrying the call's method and id. The metadata is added when a handler asks for
    /// the logger, so calls that do not log pay nothing for it.
    public var logger: Logger {
        get {
            var logger = baseLogger
            logger[metadataKey: "method"] = "\(method.fullName)"
            if callID != 0 { logger[metadataKey: "call"] = "\(callID)" }
            return logger
        }
        set { baseLogger = newValue }
    }

    /// Creates a context; the host does this for every call.
    public init(
        method: MethodDescriptor,
        metadata: [String: String] = [:],
        deadline: ContinuousClock.Instant? = nil,
        peer: String = "",
        callID: UInt32 = 0,
        principal: Principal = .anonymous,
        clientCertificateSubject: String = "",
        logger: Logger
    ) {
        self.principal = principal
        self.clientCertificateSubject = clientCertificateSubject
        self.method = method
        self.metadata = metadata
        self.deadline = deadline
        self.peer = peer
        self.callID = callID
        self.baseLogger = logger
    }
}
