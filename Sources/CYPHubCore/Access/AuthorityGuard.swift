import Synchronization

/// The authorities the running call may act for, set by the host around the handler (a task-local value) so that
/// what the core reads on a module's behalf — an import's authority codes — is checked in one place.
public enum AuthorityGuard {
    /// The running call's principal's authorities; `.all` outside a call (tools, demo data, tests of a module alone).
    @TaskLocal public static var permitted: AuthoritySet = .all

    /// Where the authority codes the running call's import has read are noted, for the host's import log (the
    /// provenance of snapshots); nil outside an import.
    @TaskLocal public static var seen: SeenAuthorities?

    /// Whether the running call may act for `code`; notes `code` as read when it may.
    public static func permits(_ code: String) -> Bool {
        guard permitted.contains(code) else { return false }
        seen?.note(code)
        return true
    }
}

/// The authority codes an import has read (``AuthorityGuard/seen``).
public final class SeenAuthorities: Sendable {
    private let codes = Mutex<Set<String>>([])

    /// None yet.
    public init() {}

    /// Notes `code`.
    public func note(_ code: String) {
        codes.withLock { _ = $0.insert(code) }
    }

    /// The codes noted, sorted.
    public var sorted: [String] { codes.withLock { $0.sorted() } }
}
