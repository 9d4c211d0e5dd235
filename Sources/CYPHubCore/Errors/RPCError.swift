/// The error every call ends with when it does not succeed: a status code, a message for a person,
/// optional metadata for a program, and the underlying cause (never sent on the wire).
///
/// Handlers throw `RPCError` to choose the status a caller sees. Any other error a handler throws is
/// turned into an `RPCError` by ``RPCError/init(wrapping:)``: the one place where errors meet codes.
public struct RPCError: Error, Sendable, CustomStringConvertible {
    /// The status code sent to the caller.
    public var code: StatusCode
    /// A message for a person: what was wrong and, where it helps, what to do.
    public var message: String
    /// Key/value pairs for programs (for example `cyphub-module: social-care`).
    public var metadata: [String: String]
    /// The error that caused this one; logged by the host, never sent.
    public var cause: (any Error)?

    /// Creates an error with a code and a message.
    public init(code: StatusCode, message: String, metadata: [String: String] = [:], cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.metadata = metadata
        self.cause = cause
    }

    /// Maps any error to the status a caller sees. An `RPCError` is kept as it is; an error that knows
    /// its own status (``RPCErrorConvertible``) converts itself; anything else is `INTERNAL`.
    public init(wrapping error: any Error) {
        if let error = error as? RPCError {
            self = error
        } else if let convertible = error as? any RPCErrorConvertible {
            self = convertible.rpcError
        } else if error is CancellationError {
            self.init(code: .cancelled, message: "the call was cancelled", cause: error)
        } else {
            self.init(code: .internalError, message: "internal error: \(error)", cause: error)
        }
    }

    /// `CODE (n): message`.
    public var description: String { "\(code): \(message)" }

    /// A request field is missing or invalid.
    public static func invalidArgument(_ message: String) -> RPCError {
        RPCError(code: .invalidArgument, message: message)
    }

    /// Something the request names does not exist.
    public static func notFound(_ message: String) -> RPCError {
        RPCError(code: .notFound, message: message)
    }
}

/// An error that knows which status it should be sent as.
public protocol RPCErrorConvertible: Error {
    /// The status and message a caller should see.
    var rpcError: RPCError { get }
}
