/// The authorities the running call may act for, set by the host around the handler (a task-local value) so that
/// what the core reads on a module's behalf — an import's authority codes — is checked in one place.
public enum AuthorityGuard {
    /// The running call's principal's authorities; `.all` outside a call (tools, demo data, tests of a module alone).
    @TaskLocal public static var permitted: AuthoritySet = .all

    /// Whether the running call may act for `code`.
    public static func permits(_ code: String) -> Bool {
        permitted.contains(code)
    }
}
