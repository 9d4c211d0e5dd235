import CYPHubWire
import NIOCore
import NIOTestUtils
import Testing

@Suite struct FrameDecoderTests {
    static func frame(_ type: FrameType, id: UInt32, flags: FrameFlags = [], _ payload: [UInt8]) -> Frame {
        Frame(type: type, flags: flags, callID: id, payload: ByteBuffer(bytes: payload))
    }

    static let frames: [Frame] = [
        frame(.callStart, id: 1, Array("cyphub.host.v1.Health/Check".utf8)),
        frame(.message, id: 1, []),
        frame(.message, id: 3, flags: .compressed, Array(repeating: 0xAB, count: 300)),
        frame(.ping, id: 0, [1, 2, 3, 4, 5, 6, 7, 8]),
        frame(.callEnd, id: 3, [0x08, 0x05]),
    ]

    @Test func decodesEveryFrameAtEverySplitOfTheInput() throws {
        let pairs = Self.frames.map { frame -> (ByteBuffer, [WireEvent]) in
            var buffer = ByteBuffer()
            buffer.writeFrame(frame)
            return (buffer, [.frame(frame)])
        }
        // The verifier feeds each input whole, byte by byte, and in every other split.
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) {
            FrameDecoder(maxPayloadBytes: 4096, expectPreface: false)
        }
    }

    @Test func decodesThePrefaceThenFramesAtEverySplitPoint() throws {
        // The verifier above reuses one decoder across its feeding strategies, which a one-shot preface
        // does not allow; so every split point (and byte-by-byte) is checked here with a fresh decoder.
        var input = Preface.buffer()
        input.writeFrame(Self.frames[0])
        input.writeFrame(Self.frames[2])
        let bytes = Array(input.readableBytesView)
        let expected: [WireEvent] = [.preface(version: 1), .frame(Self.frames[0]), .frame(Self.frames[2])]
        func decode(_ chunks: [ArraySlice<UInt8>]) throws -> [WireEvent] {
            var decoder = FrameDecoder(maxPayloadBytes: 4096)
            var buffer = ByteBuffer()
            var events: [WireEvent] = []
            for chunk in chunks {
                buffer.writeBytes(chunk)
                while let event = try decoder.next(&buffer) { events.append(event) }
            }
            #expect(buffer.readableBytes == 0)
            return events
        }
        for split in 0...bytes.count {
            #expect(try decode([bytes[..<split], bytes[split...]]) == expected, "split at \(split)")
        }
        #expect(try decode(bytes.indices.map { bytes[$0...$0] }) == expected)
    }

    @Test func refusesAnOversizedFrameFromItsHeaderAlone() throws {
        var decoder = FrameDecoder(maxPayloadBytes: 1024, expectPreface: false)
        var buffer = ByteBuffer()
        buffer.writeFrameHeader(type: .message, flags: [], callID: 1, payloadLength: 1025)
        // No payload bytes at all: the limit is checked on the prefix before buffering.
        #expect(throws: WireError.frameTooLarge(length: 1025, limit: 1024)) { try decoder.next(&buffer) }
    }

    @Test func acceptsAFrameOfExactlyTheLimit() throws {
        var decoder = FrameDecoder(maxPayloadBytes: 16, expectPreface: false)
        var buffer = ByteBuffer()
        buffer.writeFrame(Self.frame(.message, id: 7, Array(repeating: 1, count: 16)))
        let event = try decoder.next(&buffer)
        #expect(event == .frame(Self.frame(.message, id: 7, Array(repeating: 1, count: 16))))
    }

    @Test func refusesAWrongPrefaceOnItsFirstByte() throws {
        var decoder = FrameDecoder(maxPayloadBytes: 1024)
        var buffer = ByteBuffer(string: "G")
        #expect(throws: WireError.badPreface) { try decoder.next(&buffer) }
        var http = FrameDecoder(maxPayloadBytes: 1024)
        var request = ByteBuffer(string: "GET / HTTP/1.1\r\n\r\n")
        #expect(throws: WireError.badPreface) { try http.next(&request) }
    }

    @Test func waitsForMoreBytesOnATruncatedFrame() throws {
        var decoder = FrameDecoder(maxPayloadBytes: 1024, expectPreface: false)
        var buffer = ByteBuffer()
        buffer.writeFrame(Self.frames[2])
        var truncated = buffer.getSlice(at: 0, length: buffer.readableBytes - 1)!
        #expect(try decoder.next(&truncated) == nil)
        #expect(truncated.readableBytes == buffer.readableBytes - 1)
    }

    @Test func reportsTheVersionOfAPreface() throws {
        var decoder = FrameDecoder(maxPayloadBytes: 1024)
        var buffer = Preface.buffer(version: 2)
        #expect(try decoder.next(&buffer) == .preface(version: 2))
    }
}
