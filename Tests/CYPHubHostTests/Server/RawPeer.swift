import CYPHubCore
import CYPHubTesting
import CYPHubWire
import NIOCore

/// A raw connection to a host that reads frames as they arrive, so a test waits for exactly the frame it expects and
/// never for the socket's receive timeout (which only ends a test that is failing anyway).
final class RawPeer {
    let connection: RawConnection
    private let raw: RawFrames
    private var decoder: FrameDecoder
    private var buffer = ByteBuffer()
    /// Frames received and not yet taken by ``next(_:where:)``.
    private(set) var pending: [Frame] = []
    /// The version in the host's preface, once it has arrived.
    private(set) var prefaceVersion: UInt16?
    /// Whether the host closed the connection (or it went quiet for the socket's timeout).
    private(set) var ended = false

    /// Connects to the host on `port` (nothing sent yet).
    init(port: Int, raw: RawFrames) throws {
        self.connection = try RawConnection(port: port)
        self.raw = raw
        self.decoder = FrameDecoder(maxPayloadBytes: 1 << 24, expectPreface: true)
    }

    /// Connects, sends the preface and reads the host's.
    static func handshake(port: Int, raw: RawFrames) async throws -> RawPeer {
        let peer = try RawPeer(port: port, raw: raw)
        try await peer.send(raw.preface())
        let version = try await peer.preface()
        guard version == 1 else { throw ReaderError("the host answered with protocol version \(version)") }
        return peer
    }

    /// Sends every byte.
    func send(_ bytes: [UInt8]) async throws { try await connection.send(bytes) }

    /// Reads until the host's preface has arrived; returns its version.
    @discardableResult
    func preface() async throws -> UInt16 {
        while prefaceVersion == nil {
            guard try await receive() else { throw ReaderError("the connection ended before the host's preface") }
        }
        return prefaceVersion!
    }

    /// The first frame received, in order, that matches `predicate`, reading more until one arrives; frames before it
    /// stay pending. Throws, naming what did arrive, if the connection ends first.
    func next(_ what: String, where predicate: (Frame) -> Bool) async throws -> Frame {
        while true {
            if let index = pending.firstIndex(where: predicate) { return pending.remove(at: index) }
            guard try await receive() else {
                throw ReaderError("the connection ended before \(what); received \(pending.map(Self.describe))")
            }
        }
    }

    /// The CALL_END of call `id`, decoded.
    func callEnd(_ id: UInt32) async throws -> Status {
        try raw.status(try await next("CALL_END \(id)") { $0.type == .callEnd && $0.callID == id })
    }

    /// The next MESSAGE of call `id`, decoded as `type`.
    func message<T: ProtoMessage>(_ id: UInt32, as type: T.Type, method: String) async throws -> T {
        let frame = try await next("MESSAGE \(id)") { $0.type == .message && $0.callID == id }
        return try raw.schema.method(method)!.output.decode(type, from: frame.payload, allocationLimit: 1 << 20)
    }

    /// The next GOAWAY, decoded.
    func goAway() async throws -> GoAway {
        try raw.goAway(try await next("GOAWAY") { $0.type == .goAway })
    }

    /// Sends a PING and waits for its ACK: every frame sent before it has been handled by the host.
    func roundTrip(_ token: UInt64 = 0x0102_0304_0506_0708) async throws {
        var ping = ByteBuffer()
        ping.writeFrame(Frame(type: .ping, callID: 0, payload: ByteBuffer(integer: token)))
        try await send(Array(ping.readableBytesView))
        _ = try await next("PING ACK") {
            $0.type == .ping && $0.flags.contains(.ack) && $0.payload.getInteger(at: $0.payload.readerIndex, as: UInt64.self) == token
        }
    }

    /// Reads until the host closes the connection; returns every frame not yet taken and whether it closed (false
    /// means the socket's timeout ended the wait: the host kept the connection open).
    func rest() async throws -> (frames: [Frame], closed: Bool) {
        let (bytes, closed) = await connection.readUntilClosed()
        buffer.writeBytes(bytes)
        try decodeBuffered()
        defer { pending.removeAll() }
        return (pending, closed)
    }

    /// Reads what arrives next; false when the connection ended.
    private func receive() async throws -> Bool {
        guard !ended else { return false }
        let bytes = await connection.readSome()
        guard !bytes.isEmpty else {
            ended = true
            return false
        }
        buffer.writeBytes(bytes)
        try decodeBuffered()
        return true
    }

    private func decodeBuffered() throws {
        while let event = try decoder.next(&buffer) {
            switch event {
            case .preface(let version): prefaceVersion = version
            case .frame(let frame): pending.append(frame)
            }
        }
        buffer.discardReadBytes()
    }

    private static func describe(_ frame: Frame) -> String { "\(frame.type) \(frame.callID)" }
}

/// What a ``RawPeer`` did not get.
struct ReaderError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
