public import CYPHubCore

/// A violation of the wire protocol or a limit, with the status it is reported as.
public enum WireError: Error, Sendable, Equatable, CustomStringConvertible, RPCErrorConvertible {
    /// The first bytes were not `CYPHUB`.
    case badPreface
    /// The peer speaks another protocol version.
    case unsupportedVersion(UInt16)
    /// A frame's length prefix exceeds the limit.
    case frameTooLarge(length: Int, limit: Int)
    /// A decompressed message would exceed the limit.
    case messageTooLarge(limit: Int)
    /// A payload is not a valid protobuf message of the expected type.
    case malformedMessage(type: String, reason: String)
    /// A message does not fit the schema (a Swift field missing from the proto, a wrong type).
    case schemaMismatch(type: String, reason: String)
    /// A string field holds NUL or bytes that are not UTF-8.
    case invalidString(type: String, field: String, reason: String)
    /// Compressed data could not be inflated.
    case badCompression(String)
    /// A frame broke the protocol's rules (unknown type, duplicate call id…).
    case protocolViolation(String)

    /// A sentence for logs and status messages.
    public var description: String {
        switch self {
        case .badPreface: "bad preface: the peer does not speak the CYPHub protocol"
        case .unsupportedVersion(let v): "protocol version \(v) is not supported; this host speaks version \(Preface.version)"
        case .frameTooLarge(let length, let limit): "frame of \(length) bytes exceeds the maximum of \(limit) bytes"
        case .messageTooLarge(let limit): "decompressed message exceeds the maximum of \(limit) bytes"
        case .malformedMessage(let type, let reason): "payload is not a valid \(type) message (\(reason))"
        case .schemaMismatch(let type, let reason): "message does not fit \(type): \(reason)"
        case .invalidString(let type, let field, let reason): "field '\(field)' of \(type) \(reason)"
        case .badCompression(let reason): "compressed message could not be inflated: \(reason)"
        case .protocolViolation(let reason): "protocol violation: \(reason)"
        }
    }

    /// The status a peer is told.
    public var rpcError: RPCError {
        let code: StatusCode =
            switch self {
            case .frameTooLarge, .messageTooLarge: .resourceExhausted
            case .unsupportedVersion: .unimplemented
            case .schemaMismatch: .internalError
            default: .invalidArgument
            }
        return RPCError(code: code, message: description, cause: self)
    }
}
