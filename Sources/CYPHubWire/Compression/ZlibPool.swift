import Synchronization

/// Zlib streams shared by the tasks that compress and inflate messages off the event loops.
///
/// A ``ZlibCodec`` keeps its streams (about 300 KiB) for reuse and is not thread-safe: each task borrows one for the
/// length of one message. At most ``capacity`` idle codecs are kept.
public final class ZlibPool: Sendable {
    private let idle = Mutex<[ZlibCodecBox]>([])
    /// The most idle codecs kept.
    public let capacity: Int

    /// Creates an empty pool.
    public init(capacity: Int) { self.capacity = capacity }

    /// Runs `body` with a codec no other task is using.
    public func withCodec<T>(_ body: (ZlibCodec) throws(WireError) -> T) throws(WireError) -> T {
        let box = idle.withLock { $0.popLast() } ?? ZlibCodecBox(ZlibCodec())
        defer {
            idle.withLock { codecs in
                if codecs.count < capacity { codecs.append(box) }
            }
        }
        return try body(box.codec)
    }
}

/// A codec handed from task to task through the pool's lock, one task at a time.
private final class ZlibCodecBox: @unchecked Sendable {
    // @unchecked: only the task that took it from the pool uses it, until it puts it back.
    let codec: ZlibCodec
    init(_ codec: ZlibCodec) { self.codec = codec }
}
