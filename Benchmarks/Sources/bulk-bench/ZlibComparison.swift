import CBenchZlib
import CYPHubCore
import CYPHubWire
import NIOCore

/// The snapshot's compression step side by side with plain zlib on the same chunks: the host's path (`ZlibCodec`, as
/// `SnapshotService` seals a chunk: into a `ByteBuffer`, compressed, copied out) against `compress2` at the same level
/// (the codec's `Z_DEFAULT_COMPRESSION`, i.e. 6), alternating which goes first each round. The only file that
/// imports zlib.
struct ZlibComparison {
    struct Result: Codable {
        var chunks: Int
        var uncompressedBytes: Int
        var rounds: Int
        var level: Int
        /// Median seconds to compress every chunk.
        var hostCodecSeconds: Double
        var plainZlibSeconds: Double
        var hostCodecCompressedBytes: Int
        var plainZlibCompressedBytes: Int
        /// (host − plain) / plain × 100: positive when the host's path is slower.
        var differencePercent: Double
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
        var host: [Double] = []
        var plain: [Double] = []
        var hostBytes = 0
        var plainBytes = 0
        for round in 0..<rounds {
            // Alternate the order so neither always runs with a warmer cache.
            for hostFirst in round % 2 == 0 ? [true, false] : [false, true] {
                let start = ContinuousClock.now
                if hostFirst {
                    hostBytes = try hostCodec(chunks)
                    host.append(start.elapsed)
                } else {
                    plainBytes = try plainZlib(chunks, level: level)
                    plain.append(start.elapsed)
                }
            }
        }
        let hostMedian = host.median
        let plainMedian = plain.median
        return Result(
            chunks: chunks.count, uncompressedBytes: chunks.reduce(0) { $0 + $1.count }, rounds: rounds, level: 6,
            hostCodecSeconds: hostMedian, plainZlibSeconds: plainMedian, hostCodecCompressedBytes: hostBytes,
            plainZlibCompressedBytes: plainBytes, differencePercent: (hostMedian - plainMedian) / plainMedian * 100)
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

    /// `compress2` on each chunk into an array of `compressBound` bytes, trimmed to the output.
    private static func plainZlib(_ chunks: [[UInt8]], level: Int32) throws -> Int {
        var total = 0
        for chunk in chunks {
            var length = compressBound(uLong(chunk.count))
            var data = [UInt8](repeating: 0, count: Int(length))
            let status = data.withUnsafeMutableBufferPointer { target in
                chunk.withUnsafeBufferPointer { source in
                    compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), level)
                }
            }
            guard status == Z_OK else { throw ZlibFailure(status: status) }
            data.removeSubrange(Int(length)...)
            total += data.count
        }
        return total
    }

    struct ZlibFailure: Error, CustomStringConvertible {
        let status: Int32
        var description: String { "compress2 returned \(status)" }
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
