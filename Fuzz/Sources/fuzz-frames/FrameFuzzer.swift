import CYPHubCore
import CYPHubWire
import FuzzSupport
import NIOCore
import NIOEmbedded

// The frame decoder fed arbitrary bytes, as a connection's pipeline runs it (`ByteToMessageHandler(FrameDecoder)`,
// with the host's frame limit), in segments of a size the input chooses, then end of stream. Each decoded frame goes
// through the decoding its type gets in the host or the client, under the host's default limits: CALL_START's
// protobuf-c unpack and what the host does with the method name and metadata, a compressed MESSAGE's zlib inflate
// (bounded by the message limit), CALL_END's status and GOAWAY's payload.
//
// Input: one byte choosing the segment size (1-256 bytes), then the stream.

private let limits = WireLimits()
private let schema: ProtoSchema = {
    do { return try ProtoSchema.load() } catch { fatalError("the compiled schema does not load: \(error)") }
}()
/// The host's pool of zlib streams (one is enough: libFuzzer runs one input at a time).
private let zlib = ZlibPool(capacity: 1)

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzFrames(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    guard let segmentByte = input.byte() else { return 0 }
    let segment = Int(segmentByte) + 1
    let stream = input.rest
    let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder(maxPayloadBytes: limits.maxFrameBytes)))
    defer { _ = try? channel.finish() }
    var offset = 0
    do {
        while offset < stream.count {
            let end = min(offset + segment, stream.count)
            var buffer = channel.allocator.buffer(capacity: end - offset)
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: stream[offset..<end]))
            try channel.writeInbound(buffer)
            offset = end
            try drain(channel)
        }
        // End of stream: `decodeLast` delivers complete frames still buffered and drops a partial one.
        channel.pipeline.fireChannelInactive()
        try drain(channel)
    } catch {
        // A refused stream (bad preface, oversized frame) is the decoder doing its job.
    }
    return 0
}

/// Takes every event the decoder has produced so far and decodes each frame as its receiver would.
private func drain(_ channel: EmbeddedChannel) throws {
    while let event = try channel.readInbound(as: WireEvent.self) {
        guard case .frame(let frame) = event else { continue }
        decodePayload(of: frame)
    }
}

/// What the host (CALL_START, MESSAGE) or the client (CALL_END, GOAWAY) decodes from a frame's payload. Errors are
/// answers the peer gets; only a crash, a sanitizer report or a hang is a finding.
private func decodePayload(of frame: Frame) {
    switch frame.type {
    case .callStart:
        guard let start = try? schema.decodeCallStart(frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)
        else { return }
        _ = MethodDescriptor(fullName: start.method)
        _ = EchoedText.quoted(start.method)
        _ = Metadata.dictionary(start.metadata)
    case .message where frame.flags.contains(.compressed):
        var inflated = ByteBuffer()
        try? zlib.withCodec { codec throws(WireError) in
            try codec.decompress(frame.payload, limit: limits.maxMessageBytes, into: &inflated)
        }
    case .callEnd:
        guard let status = try? schema.decodeStatus(frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)
        else { return }
        _ = status.error
    case .goAway:
        _ = try? schema.goAway.decode(GoAway.self, from: frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)
    default:
        break
    }
}

@main
enum FrameFuzzer {
    static func main() { FuzzDriver.run(fuzzFrames) }
}
