// The host's own responses partners may read carry no counts of people: nothing to withhold.

/// The module listing: names, versions and methods.
extension ListModulesResponse: SmallNumberSuppressible {
    /// Itself: no figures.
    public func suppressingSmallNumbers() -> Self { self }
}

/// The diagnostic echo: the caller's own bytes.
extension EchoResponse: SmallNumberSuppressible {
    /// Itself: no figures.
    public func suppressingSmallNumbers() -> Self { self }
}
