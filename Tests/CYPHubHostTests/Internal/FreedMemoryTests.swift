import Synchronization
import Testing

@testable import CYPHubHost

/// Freed memory handed back between the messages of client streams: once per interval of bytes, counted over every call.
@Suite struct FreedMemoryTests {
    @Test func trimsOnceEachIntervalOfBytes() {
        let trims = Atomic<Int>(0)
        let memory = FreedMemory(interval: 1000) { trims.add(1, ordering: .relaxed) }
        memory.consumed(400)
        memory.consumed(599)
        #expect(trims.load(ordering: .relaxed) == 0)
        memory.consumed(1)
        #expect(trims.load(ordering: .relaxed) == 1)
        // The count starts again after a trim: a message larger than the interval trims once.
        memory.consumed(999)
        #expect(trims.load(ordering: .relaxed) == 1)
        memory.consumed(5000)
        #expect(trims.load(ordering: .relaxed) == 2)
    }

    @Test func concurrentCallsShareTheCount() async {
        let trims = Atomic<Int>(0)
        let memory = FreedMemory(interval: 1 << 20) { trims.add(1, ordering: .relaxed) }
        // 8 calls × 64 messages of 64 KiB: 32 MiB in all.
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<64 { memory.consumed(64 << 10) }
                }
            }
        }
        // A trim can be skipped when two calls cross the interval at once (each then sees the other's reset), never
        // added: at most one per MiB.
        let count = trims.load(ordering: .relaxed)
        #expect(count >= 16 && count <= 32)
    }
}
