/// A call's outcome, numbered exactly as gRPC numbers its status codes.
///
/// `StatusCode` wraps a private enum so that codes can be added without breaking users, as
/// grpc-swift's `RPCError.Code` does. The numeric value is what travels on the wire.
public struct StatusCode: Hashable, Sendable, CustomStringConvertible {
    private enum Wrapped: Int32, CaseIterable {
        case ok = 0
        case cancelled, unknown, invalidArgument, deadlineExceeded, notFound, alreadyExists
        case permissionDenied, resourceExhausted, failedPrecondition, aborted, outOfRange, unimplemented
        case internalError, unavailable, dataLoss, unauthenticated
    }

    private let wrapped: Wrapped

    private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

    /// Creates a code from its wire number; numbers outside 0...16 become ``unknown``.
    public init(rawValue: Int32) {
        self.wrapped = Wrapped(rawValue: rawValue) ?? .unknown
    }

    /// The number sent on the wire (gRPC's numbering).
    public var rawValue: Int32 { wrapped.rawValue }

    /// The conventional upper-case name, e.g. `INVALID_ARGUMENT`.
    public var name: String {
        switch wrapped {
        case .ok: "OK"
        case .cancelled: "CANCELLED"
        case .unknown: "UNKNOWN"
        case .invalidArgument: "INVALID_ARGUMENT"
        case .deadlineExceeded: "DEADLINE_EXCEEDED"
        case .notFound: "NOT_FOUND"
        case .alreadyExists: "ALREADY_EXISTS"
        case .permissionDenied: "PERMISSION_DENIED"
        case .resourceExhausted: "RESOURCE_EXHAUSTED"
        case .failedPrecondition: "FAILED_PRECONDITION"
        case .aborted: "ABORTED"
        case .outOfRange: "OUT_OF_RANGE"
        case .unimplemented: "UNIMPLEMENTED"
        case .internalError: "INTERNAL"
        case .unavailable: "UNAVAILABLE"
        case .dataLoss: "DATA_LOSS"
        case .unauthenticated: "UNAUTHENTICATED"
        }
    }

    /// `NAME (number)`.
    public var description: String { "\(name) (\(rawValue))" }

    /// Every defined code, in numeric order.
    public static var allCases: [StatusCode] { Wrapped.allCases.map(StatusCode.init) }

    /// The call succeeded.
    public static let ok = StatusCode(.ok)
    /// The caller cancelled the call.
    public static let cancelled = StatusCode(.cancelled)
    /// An error with no better code.
    public static let unknown = StatusCode(.unknown)
    /// The request was malformed or named something invalid (a bad field, file, line or value).
    public static let invalidArgument = StatusCode(.invalidArgument)
    /// The call's deadline passed before it finished.
    public static let deadlineExceeded = StatusCode(.deadlineExceeded)
    /// What the request names (an authority, a snapshot, a period) does not exist.
    public static let notFound = StatusCode(.notFound)
    /// What the request tried to create exists already.
    public static let alreadyExists = StatusCode(.alreadyExists)
    /// The caller is known but may not do this.
    public static let permissionDenied = StatusCode(.permissionDenied)
    /// A limit was reached: calls in flight, message size, memory.
    public static let resourceExhausted = StatusCode(.resourceExhausted)
    /// The host is not in a state to run the call (for example its module is not enabled).
    public static let failedPrecondition = StatusCode(.failedPrecondition)
    /// The call was aborted, typically by a concurrency conflict.
    public static let aborted = StatusCode(.aborted)
    /// A value was outside its valid range.
    public static let outOfRange = StatusCode(.outOfRange)
    /// The method does not exist on this host.
    public static let unimplemented = StatusCode(.unimplemented)
    /// A bug or an invariant broken inside the host.
    public static let internalError = StatusCode(.internalError)
    /// The host cannot serve now (shutting down, overloaded); the call may be retried.
    public static let unavailable = StatusCode(.unavailable)
    /// Data was lost or corrupted.
    public static let dataLoss = StatusCode(.dataLoss)
    /// The caller did not present valid credentials.
    public static let unauthenticated = StatusCode(.unauthenticated)
}
