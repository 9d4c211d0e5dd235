import CYPHubCore
import CYPHubWire
import NIOCore

/// Builds and reads raw protocol bytes, for tests that misbehave on purpose.
struct RawFrames {
    let schema: ProtoSchema

    init() throws { schema = try ProtoSchema.load() }

    func preface(version: UInt16 = 1) -> [UInt8] { Array(Preface.buffer(version: version).readableBytesView) }

    func callStart(id: UInt32, method: String, timeoutMs: UInt64 = 0, acceptZlib: Bool = false) throws -> [UInt8] {
        var buffer = ByteBuffer()
        try buffer.writeFrame(type: .callStart, callID: id) { payload in
            try schema.callStart.encode(
                CallStart(method: method, timeoutMs: timeoutMs, acceptEncoding: acceptZlib ? ["zlib"] : []),
                into: &payload
            )
        }
        return Array(buffer.readableBytesView)
    }

    func message(id: UInt32, _ payload: [UInt8], flags: FrameFlags = []) -> [UInt8] {
        var buffer = ByteBuffer()
        buffer.writeFrame(Frame(type: .message, flags: flags, callID: id, payload: ByteBuffer(bytes: payload)))
        return Array(buffer.readableBytesView)
    }

    /// A frame of any type (known or not) with any flags and payload.
    func frame(type: UInt8, flags: UInt8 = 0, id: UInt32, _ payload: [UInt8] = []) -> [UInt8] {
        var buffer = ByteBuffer()
        buffer.writeFrame(
            Frame(type: FrameType(rawValue: type), flags: FrameFlags(rawValue: flags), callID: id, payload: ByteBuffer(bytes: payload)))
        return Array(buffer.readableBytesView)
    }

    func cancel(id: UInt32) -> [UInt8] { frame(type: FrameType.cancel.rawValue, id: id) }

    /// A CALL_START written field by field, so its method and metadata may hold any bytes (protobuf-c keeps strings as C
    /// strings and would cut them at a NUL).
    func callStart(id: UInt32, methodBytes: [UInt8], metadata: [(key: [UInt8], value: [UInt8])] = []) -> [UInt8] {
        var payload = Self.field(1, methodBytes)
        for entry in metadata { payload += Self.field(3, Self.field(1, entry.key) + Self.field(2, entry.value)) }
        return frame(type: FrameType.callStart.rawValue, id: id, payload)
    }

    /// A length-delimited protobuf field (a string, bytes or a message) holding `bytes`.
    static func field(_ number: Int, _ bytes: [UInt8]) -> [UInt8] {
        varint(UInt64(number << 3 | 2)) + varint(UInt64(bytes.count)) + bytes
    }

    private static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var bytes: [UInt8] = []
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        return bytes + [UInt8(value)]
    }

    func request<T: ProtoMessage>(id: UInt32, method: String, _ value: T) throws -> [UInt8] {
        var payload = ByteBuffer()
        try schema.method(method)!.input.encode(value, into: &payload)
        return message(id: id, Array(payload.readableBytesView))
    }

    /// Splits received bytes (after the server's preface) into frames.
    func frames(_ bytes: [UInt8], skipPreface: Bool = true) throws -> [Frame] {
        var decoder = FrameDecoder(maxPayloadBytes: 1 << 24, expectPreface: skipPreface)
        var buffer = ByteBuffer(bytes: bytes)
        var frames: [Frame] = []
        while let event = try decoder.next(&buffer) {
            if case .frame(let frame) = event { frames.append(frame) }
        }
        return frames
    }

    func status(_ frame: Frame) throws -> Status {
        try schema.status.decode(Status.self, from: frame.payload, allocationLimit: 1 << 20)
    }

    func goAway(_ frame: Frame) throws -> GoAway {
        try schema.goAway.decode(GoAway.self, from: frame.payload, allocationLimit: 1 << 20)
    }
}
