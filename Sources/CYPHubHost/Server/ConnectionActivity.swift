import NIOCore
import Synchronization

/// What other threads may read of one connection: whether it can take more output, how many calls it has in flight
/// and when it last sent anything. Written by the connection's handler on its event loop; read by the tasks running
/// its calls (writability, without a hop to the loop) and by the registry choosing a connection to replace.
final class ConnectionActivity: Sendable {
    private let writable = Atomic<Bool>(true)
    private let callsInFlight = Atomic<Int>(0)
    private let lastFrameNanoseconds = Atomic<UInt64>(NIODeadline.now().uptimeNanoseconds)

    /// Whether the peer is taking output fast enough (the channel's writability).
    var isWritable: Bool { writable.load(ordering: .relaxed) }
    /// Calls started and not yet ended.
    var calls: Int { callsInFlight.load(ordering: .relaxed) }
    /// When the last frame (or the preface) arrived, or the connection opened.
    var lastFrame: NIODeadline { .uptimeNanoseconds(lastFrameNanoseconds.load(ordering: .relaxed)) }

    func setWritable(_ value: Bool) { writable.store(value, ordering: .relaxed) }
    func setCalls(_ count: Int) { callsInFlight.store(count, ordering: .relaxed) }
    func touch(_ now: NIODeadline) { lastFrameNanoseconds.store(now.uptimeNanoseconds, ordering: .relaxed) }
}
