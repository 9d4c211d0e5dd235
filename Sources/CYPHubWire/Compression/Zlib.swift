import CZlib
public import NIOCore

/// zlib (RFC 1950) compression for MESSAGE payloads. The only Swift file that imports zlib.
///
/// Each direction keeps one `z_stream`, allocated once so its address never moves, reset between
/// messages and freed in `deinit`. Not thread-safe: one per connection, used on its event loop.
public final class ZlibCodec {
    private var deflater: UnsafeMutablePointer<z_stream>?
    private var inflater: UnsafeMutablePointer<z_stream>?

    /// Creates a codec; streams are set up on first use.
    public init() {}

    deinit {
        if let deflater {
            deflateEnd(deflater)
            deflater.deallocate()
        }
        if let inflater {
            inflateEnd(inflater)
            inflater.deallocate()
        }
    }

    /// Compresses `input`, appending the zlib stream to `output`.
    public func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws(WireError) {
        let stream = try deflateStream()
        defer { deflateReset(stream) }
        var input = input
        let bound = Int(deflateBound(stream, uLong(input.readableBytes)))
        output.reserveCapacity(minimumWritableBytes: bound)
        var status: Int32 = Z_OK
        input.withUnsafeMutableReadableBytes { source in
            stream.pointee.next_in = source.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_in = uInt(source.count)
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { target in
                stream.pointee.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(target.count)
                status = CZlib.deflate(stream, Z_FINISH)
                return target.count - Int(stream.pointee.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw .badCompression("deflate returned \(status)") }
    }

    /// Inflates `input`, appending to `output`; fails once the output would exceed `limit` bytes,
    /// without inflating further.
    public func decompress(_ input: ByteBuffer, limit: Int, into output: inout ByteBuffer) throws(WireError) {
        let stream = try inflateStream()
        defer { inflateReset(stream) }
        var input = input
        let start = output.writerIndex
        var status: Int32 = Z_OK
        var failure: WireError?
        input.withUnsafeMutableReadableBytes { source in
            stream.pointee.next_in = source.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_in = uInt(source.count)
            while status != Z_STREAM_END {
                let produced = output.writerIndex - start
                if produced >= limit && stream.pointee.avail_in > 0 || produced > limit {
                    failure = .messageTooLarge(limit: limit)
                    return
                }
                let chunk = min(max(4096, source.count * 4), limit - produced + 1)
                output.writeWithUnsafeMutableBytes(minimumWritableBytes: chunk) { target in
                    let window = min(target.count, chunk)
                    stream.pointee.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
                    stream.pointee.avail_out = uInt(window)
                    status = CZlib.inflate(stream, Z_NO_FLUSH)
                    return window - Int(stream.pointee.avail_out)
                }
                if status == Z_BUF_ERROR && stream.pointee.avail_in == 0 {
                    failure = .badCompression("truncated zlib stream")
                    return
                }
                if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR {
                    failure = .badCompression("inflate returned \(status)")
                    return
                }
            }
            if output.writerIndex - start > limit { failure = .messageTooLarge(limit: limit) }
        }
        if let failure { throw failure }
    }

    private func deflateStream() throws(WireError) -> UnsafeMutablePointer<z_stream> {
        if let deflater { return deflater }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard cyphub_deflateInit(stream, Z_DEFAULT_COMPRESSION) == Z_OK else {
            stream.deallocate()
            throw .badCompression("deflateInit failed")
        }
        deflater = stream
        return stream
    }

    private func inflateStream() throws(WireError) -> UnsafeMutablePointer<z_stream> {
        if let inflater { return inflater }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard cyphub_inflateInit(stream) == Z_OK else {
            stream.deallocate()
            throw .badCompression("inflateInit failed")
        }
        inflater = stream
        return stream
    }
}
