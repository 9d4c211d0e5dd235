import CYPHubWire
import NIOCore
import Testing

@Suite struct ZlibCodecTests {
    @Test func roundTripsAndShrinksRepetitiveData() throws {
        let codec = ZlibCodec()
        let input = ByteBuffer(bytes: Array(String(repeating: "Child Protection rate (per 10,000) 47; ", count: 200).utf8))
        var compressed = ByteBuffer()
        try codec.compress(input, into: &compressed)
        #expect(compressed.readableBytes < input.readableBytes / 10)
        var output = ByteBuffer()
        try codec.decompress(compressed, limit: 1 << 20, into: &output)
        #expect(output == input)
        // The streams are reset between messages: a second round trip works too.
        var again = ByteBuffer()
        try codec.compress(input, into: &again)
        var output2 = ByteBuffer()
        try codec.decompress(again, limit: 1 << 20, into: &output2)
        #expect(output2 == input)
    }

    @Test func stopsInflatingAtTheLimit() throws {
        let codec = ZlibCodec()
        let bomb = ByteBuffer(bytes: [UInt8](repeating: 0, count: 1 << 20))
        var compressed = ByteBuffer()
        try codec.compress(bomb, into: &compressed)
        var output = ByteBuffer()
        #expect(throws: WireError.messageTooLarge(limit: 64 * 1024)) {
            try codec.decompress(compressed, limit: 64 * 1024, into: &output)
        }
        #expect(output.readableBytes <= 64 * 1024 + 1)
    }

    @Test func refusesDataThatIsNotZlib() throws {
        let codec = ZlibCodec()
        var output = ByteBuffer()
        #expect(throws: WireError.self) {
            try codec.decompress(ByteBuffer(bytes: [1, 2, 3, 4, 5, 6, 7, 8]), limit: 1024, into: &output)
        }
        // A truncated stream is refused, not waited on.
        var compressed = ByteBuffer()
        try codec.compress(ByteBuffer(bytes: Array(repeating: 7, count: 5000)), into: &compressed)
        let truncated = compressed.getSlice(at: 0, length: compressed.readableBytes / 2)!
        var partial = ByteBuffer()
        #expect(throws: WireError.self) { try codec.decompress(truncated, limit: 1 << 20, into: &partial) }
    }
}
