import CBenchZlib
import CYPHubCore
import CYPHubWire
import NIOCore

/// The snapshot's compression step side by side with plain zlib on the same chunks, at the same level (the codec's
/// `Z_DEFAULT_COMPRESSION`, i.e. 6): the host's path (`ZlibCodec`, as `SnapshotService` seals a chunk: into a
/// `ByteBuffer`, compressed, copied out); `deflate` on one `z_stream` reset between chunks, as the codec does, into an
/// array (the like-for-like baseline); and one-shot `compress2` per chunk (a `z_stream` set up and freed each time).
/// Each round runs the three in a rotating order. The only file that imports zlib.
struct ZlibComparison {
    struct Result: Codable {
        var chunks: Int
        var uncompressedBytes: Int
        var rounds: Int
        var level: Int
        /// Median seconds to compress every chunk.
        var hostCodecSeconds: Double
        /// `deflate` on a reused stream.
        var plainZlibSeconds: Double
        var compress2Seconds: Double
        var hostCodecCompressedBytes: Int
        var plainZlibCompressedBytes: Int
        var compress2CompressedBytes: Int
        /// (host − plain deflate) / plain deflate × 100: positive when the host's path is slower.
        var differencePercent: Double
        /// (host − compress2) / compress2 × 100.
        var compress2DifferencePercent: Double
    }

    /// The chunks `SnapshotChunker` makes of `bytes` (whole lines, up to 1 MiB each).
    static func chunks(of bytes: [UInt8]) throws -> [[UInt8]] {
        var chunker = SnapshotChunker()
        var chunks: [[UInt8]] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            if let full = try chunker.append(Array(bytes[start...index])) { chunks.append(full.bytes) }
            start = index + 1
        }
        if let last = chunker.finish() { chunks.append(last.bytes) }
        return chunks
    }

    static func run(chunks: [[UInt8]], rounds: Int) throws -> Result {
        let level = Z_DEFAULT_COMPRESSION
        var seconds: [[Double]] = [[], [], []]
        var sizes = [0, 0, 0]
        for round in 0..<rounds {
            // Rotate the order so that none always runs first (or last) in a round.
            for step in 0..<3 {
                let path = (round + step) % 3
                let start = ContinuousClock.now
                switch path {
                case 0: sizes[0] = try hostCodec(chunks)
                case 1: sizes[1] = try plainDeflate(chunks, level: level)
                default: sizes[2] = try plainCompress2(chunks, level: level)
                }
                seconds[path].append(start.elapsed)
            }
        }
        let (host, plain, oneShot) = (seconds[0].median, seconds[1].median, seconds[2].median)
        return Result(
            chunks: chunks.count, uncompressedBytes: chunks.reduce(0) { $0 + $1.count }, rounds: rounds, level: 6,
            hostCodecSeconds: host, plainZlibSeconds: plain, compress2Seconds: oneShot, hostCodecCompressedBytes: sizes[0],
            plainZlibCompressedBytes: sizes[1], compress2CompressedBytes: sizes[2], differencePercent: (host - plain) / plain * 100,
            compress2DifferencePercent: (host - oneShot) / oneShot * 100)
    }

    /// What `SnapshotService.store` does per chunk: one codec for the snapshot, each chunk into a new `ByteBuffer`,
    /// compressed into another, copied out to an array.
    private static func hostCodec(_ chunks: [[UInt8]]) throws -> Int {
        let codec = ZlibCodec()
        var total = 0
        for chunk in chunks {
            var compressed = ByteBuffer()
            try codec.compress(ByteBuffer(bytes: chunk), into: &compressed)
            let data = Array(compressed.readableBytesView)
            total += data.count
        }
        return total
    }

    /// `deflate` with `Z_FINISH` on each chunk into an array of `deflateBound` bytes, trimmed to the output, on one
    /// `z_stream` reset between chunks.
    private static func plainDeflate(_ chunks: [[UInt8]], level: Int32) throws -> Int {
        var stream = z_stream()
        guard bench_deflateInit(&stream, level) == Z_OK else { throw ZlibFailure(call: "deflateInit", status: -1) }
        defer { deflateEnd(&stream) }
        var total = 0
        for var chunk in chunks {
            var data = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(chunk.count))))
            let (status, produced) = data.withUnsafeMutableBufferPointer { target in
                chunk.withUnsafeMutableBufferPointer { source in
                    stream.next_in = source.baseAddress
                    stream.avail_in = uInt(source.count)
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return (deflate(&stream, Z_FINISH), target.count - Int(stream.avail_out))
                }
            }
            guard status == Z_STREAM_END else { throw ZlibFailure(call: "deflate", status: status) }
            deflateReset(&stream)
            data.removeSubrange(produced...)
            total += data.count
        }
        return total
    }

    /// `compress2` on each chunk into an array of `compressBound` bytes, trimmed to the output.
    private static func plainCompress2(_ chunks: [[UInt8]], level: Int32) throws -> Int {
        var total = 0
        for chunk in chunks {
            var length = compressBound(uLong(chunk.count))
            var data = [UInt8](repeating: 0, count: Int(length))
            let status = data.withUnsafeMutableBufferPointer { target in
                chunk.withUnsafeBufferPointer { source in
                    compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), level)
                }
            }
            guard status == Z_OK else { throw ZlibFailure(call: "compress2", status: status) }
            data.removeSubrange(Int(length)...)
            total += data.count
        }
        return total
    }

    struct ZlibFailure: Error, CustomStringConvertible {
        let call: String
        let status: Int32
        var description: String { "\(call) returned \(status)" }
    }
}

extension [Double] {
    /// The middle value (the mean of the two middle ones for an even count); 0 when empty.
    var median: Double {
        guard !isEmpty else { return 0 }
        let sorted = self.sorted()
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
    }
}
