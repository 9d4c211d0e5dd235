import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Hands the memory the C allocator holds free back to the system (glibc's `malloc_trim`) once every ``interval`` bytes
/// of client-streamed request messages, counted over the whole process (``shared``).
///
/// Each message of a streamed upload is parsed into many small objects (a 1 MiB piece of worker rows is about 20 MB of
/// records and rows while it is staged) on whichever thread of Swift's pool runs the call at that moment, and glibc
/// keeps an arena per thread it saw contend: freed, those objects stay resident in every arena that ever held a piece,
/// so an upload's resident memory ratchets up and fragments as the file goes on (bulk-bench, 100 MB of worker rows in
/// 1 MiB pieces: +70 MiB and still climbing; trimmed between pieces, +52 MiB). A no-op where there is no
/// `malloc_trim` (macOS, musl).
final class FreedMemory: Sendable {
    /// The one the host uses: a trim per MiB of streamed requests (a trim walks every arena, about a millisecond; a
    /// MiB of worker rows takes the import some 20 ms).
    static let shared = FreedMemory(interval: 1 << 20, trim: systemTrim)

    /// Bytes counted between trims.
    let interval: Int
    private let trim: @Sendable () -> Void
    private let pending = Atomic<Int>(0)

    /// Calls `trim` once every `interval` bytes counted.
    init(interval: Int, trim: @escaping @Sendable () -> Void) {
        self.interval = interval
        self.trim = trim
    }

    /// Counts a request message of `bytes` (inflated) handed to its handler, which is done with the ones before it;
    /// trims once ``interval`` bytes have been counted since the last trim.
    func consumed(_ bytes: Int) {
        let total = pending.add(bytes, ordering: .relaxed).newValue
        guard total >= interval, pending.compareExchange(expected: total, desired: 0, ordering: .relaxed).exchanged else { return }
        trim()
    }

    /// `malloc_trim(0)`, found at run time: Swift's Glibc module does not import `malloc.h`.
    private static let systemTrim: @Sendable () -> Void = {
        #if canImport(Glibc)
            if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
                let mallocTrim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
                return { _ = mallocTrim(0) }
            }
        #endif
        return {}
    }()
}
