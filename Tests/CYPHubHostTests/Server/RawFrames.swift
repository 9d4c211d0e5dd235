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
