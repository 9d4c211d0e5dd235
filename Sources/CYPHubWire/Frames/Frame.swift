public import NIOCore

/// The kind of a frame: the byte after the length prefix.
public struct FrameType: Hashable, Sendable, CustomStringConvertible {
    /// The byte on the wire.
    public let rawValue: UInt8

    /// Creates a type from its byte.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Client → server: starts a call; payload `cyphub.host.v1.CallStart`.
    public static let callStart = FrameType(rawValue: 0x01)
    /// Either way: one message of a call; flag `compressed` when zlib-compressed.
    public static let message = FrameType(rawValue: 0x02)
    /// Server → client: the call ended; payload `cyphub.host.v1.Status`.
    public static let callEnd = FrameType(rawValue: 0x03)
    /// Client → server: cancel the call; no payload.
    public static let cancel = FrameType(rawValue: 0x04)
    /// Either way: 8 opaque bytes, answered with the same bytes and flag `ack`.
    public static let ping = FrameType(rawValue: 0x05)
    /// Either way: no new calls; payload `cyphub.host.v1.GoAway`; call id 0.
    public static let goAway = FrameType(rawValue: 0x06)

    /// The name used in the protocol reference, e.g. `CALL_START`.
    public var description: String {
        switch self {
        case .callStart: "CALL_START"
        case .message: "MESSAGE"
        case .callEnd: "CALL_END"
        case .cancel: "CANCEL"
        case .ping: "PING"
        case .goAway: "GOAWAY"
        default: "UNKNOWN(0x\(String(rawValue, radix: 16)))"
        }
    }
}

/// Frame flags.
public struct FrameFlags: OptionSet, Hashable, Sendable {
    /// The flag byte.
    public let rawValue: UInt8
    /// Creates flags from their byte.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// MESSAGE: the payload is zlib-compressed (RFC 1950).
    public static let compressed = FrameFlags(rawValue: 0x01)
    /// MESSAGE, client → host, client-streaming calls only: the client has sent its last request message. The frame
    /// carries no message: its payload is empty.
    public static let endStream = FrameFlags(rawValue: 0x02)
    /// PING: this is the answer.
    public static let ack = FrameFlags(rawValue: 0x01)
}

/// One frame: a 10-byte header (payload length `UInt32`, type, flags, call id `UInt32`, big-endian)
/// followed by the payload.
public struct Frame: Hashable, Sendable {
    /// The size of the header in bytes.
    public static let headerSize = 10

    /// The frame's type.
    public var type: FrameType
    /// The frame's flags.
    public var flags: FrameFlags
    /// The call the frame belongs to (0 for connection-level frames).
    public var callID: UInt32
    /// The payload (its length is the header's length field).
    public var payload: ByteBuffer

    /// Creates a frame.
    public init(type: FrameType, flags: FrameFlags = [], callID: UInt32, payload: ByteBuffer = ByteBuffer()) {
        self.type = type
        self.flags = flags
        self.callID = callID
        self.payload = payload
    }
}

extension ByteBuffer {
    /// Appends a frame: header then payload.
    public mutating func writeFrame(_ frame: Frame) {
        writeFrameHeader(type: frame.type, flags: frame.flags, callID: frame.callID, payloadLength: frame.payload.readableBytes)
        writeImmutableBuffer(frame.payload)
    }

    /// Appends a frame header.
    public mutating func writeFrameHeader(type: FrameType, flags: FrameFlags, callID: UInt32, payloadLength: Int) {
        writeInteger(UInt32(payloadLength))
        writeInteger(type.rawValue)
        writeInteger(flags.rawValue)
        writeInteger(callID)
    }

    /// Appends a frame whose payload is written by `body`; the length is filled in afterwards.
    public mutating func writeFrame(
        type: FrameType,
        flags: FrameFlags = [],
        callID: UInt32,
        payload body: (inout ByteBuffer) throws -> Void
    ) rethrows {
        let start = writerIndex
        writeFrameHeader(type: type, flags: flags, callID: callID, payloadLength: 0)
        try body(&self)
        setInteger(UInt32(writerIndex - start - Frame.headerSize), at: start)
    }
}
