// The identity answer any principal may read carries no counts of people: nothing to withhold.

/// Who the call ran as: a name, a role and authority codes.
extension WhoAmIResponse: SmallNumberSuppressible {
    /// Itself: no figures.
    public func suppressingSmallNumbers() -> Self { self }
}
