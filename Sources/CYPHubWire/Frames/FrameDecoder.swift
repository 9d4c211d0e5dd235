public import NIOCore

/// Splits a byte stream into the preface and length-prefixed frames.
///
/// The length prefix is checked against `maxPayloadBytes` as soon as the 10-byte header has
/// arrived, before any of the payload is buffered: an oversized frame fails at once with
/// ``WireError/frameTooLarge(length:limit:)``.
public struct FrameDecoder: ByteToMessageDecoder {
    /// Emits ``WireEvent``s.
    public typealias InboundOut = WireEvent

    private enum State {
        case awaitingPreface
        case frames
    }

    private var state: State
    /// The largest payload accepted.
    public let maxPayloadBytes: Int

    /// Creates a decoder. `expectPreface`: whether the stream starts with the 8-byte preface.
    public init(maxPayloadBytes: Int, expectPreface: Bool = true) {
        self.maxPayloadBytes = maxPayloadBytes
        self.state = expectPreface ? .awaitingPreface : .frames
    }

    /// Decodes the next preface or frame, if it is complete.
    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let event = try next(&buffer) else { return .needMoreData }
        context.fireChannelRead(wrapInboundOut(event))
        return .continue
    }

    /// At end of stream a partial frame is dropped; complete ones are still delivered.
    public mutating func decodeLast(
        context: ChannelHandlerContext,
        buffer: inout ByteBuffer,
        seenEOF: Bool
    ) throws -> DecodingState {
        try decode(context: context, buffer: &buffer)
    }

    /// Decodes one event from `buffer`, consuming it; `nil` when more bytes are needed.
    /// Usable without a channel (the client and the tests use it).
    public mutating func next(_ buffer: inout ByteBuffer) throws -> WireEvent? {
        switch state {
        case .awaitingPreface:
            let available = min(buffer.readableBytes, Preface.size)
            // Refuse as soon as any received byte differs from the magic, without waiting for 8.
            if let prefix = buffer.getBytes(at: buffer.readerIndex, length: min(available, Preface.magic.count)),
                prefix != Array(Preface.magic.prefix(prefix.count))
            {
                throw WireError.badPreface
            }
            guard available == Preface.size else { return nil }
            buffer.moveReaderIndex(forwardBy: Preface.magic.count)
            let version: UInt16 = buffer.readInteger()!
            state = .frames
            return .preface(version: version)
        case .frames:
            guard buffer.readableBytes >= Frame.headerSize,
                let length = buffer.getInteger(at: buffer.readerIndex, as: UInt32.self)
            else { return nil }
            guard Int(length) <= maxPayloadBytes else {
                throw WireError.frameTooLarge(length: Int(length), limit: maxPayloadBytes)
            }
            guard buffer.readableBytes >= Frame.headerSize + Int(length) else { return nil }
            buffer.moveReaderIndex(forwardBy: 4)
            let type: UInt8 = buffer.readInteger()!
            let flags: UInt8 = buffer.readInteger()!
            let callID: UInt32 = buffer.readInteger()!
            let payload = buffer.readSlice(length: Int(length))!
            return .frame(Frame(type: FrameType(rawValue: type), flags: FrameFlags(rawValue: flags), callID: callID, payload: payload))
        }
    }
}
