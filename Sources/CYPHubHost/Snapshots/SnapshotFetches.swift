import Synchronization

/// The versions Fetch calls are streaming now (counted: two pulls of one version hold it twice), and the versions a
/// publish's retention is deleting now. Retention skips a version being streamed; a Fetch that comes to a version
/// being deleted answers as if it did not exist.
final class SnapshotFetches: Sendable {
    private struct State {
        var streaming: [String: Int] = [:]
        var deleting: Set<String> = []
    }

    private let state = Mutex(State())

    /// Marks `version` as being streamed; false (and nothing marked) when it is being deleted.
    func begin(_ version: String) -> Bool {
        state.withLock { state in
            guard !state.deleting.contains(version) else { return false }
            state.streaming[version, default: 0] += 1
            return true
        }
    }

    /// Ends one stream of `version` begun with ``begin(_:)``.
    func end(_ version: String) {
        state.withLock { state in
            guard let count = state.streaming[version] else { return }
            state.streaming[version] = count > 1 ? count - 1 : nil
        }
    }

    /// Of `versions`, those no Fetch is streaming, marked as being deleted until ``deleted(_:)``.
    func claim(_ versions: [String]) -> [String] {
        state.withLock { state in
            let claimed = versions.filter { state.streaming[$0] == nil }
            state.deleting.formUnion(claimed)
            return claimed
        }
    }

    /// Ends the deletion of `versions` claimed with ``claim(_:)`` (done, or abandoned).
    func deleted(_ versions: [String]) {
        state.withLock { state in state.deleting.subtract(versions) }
    }

    /// Whether a Fetch is streaming `version` now.
    func isStreaming(_ version: String) -> Bool {
        state.withLock { state in state.streaming[version] != nil }
    }
}
