public import CYPHubCore

// The capital programme is money, projects and school places: no counts of people. S106 pupils are a yield per
// dwelling times dwellings (a planning formula), not children. Each response is shown as it is.

/// The programme: spend, funding, places and cost per place.
extension GetProgrammeResponse: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}

/// The versions held: totals in £000, projects and places.
extension ListVersionsResponse: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Re-phasing between two versions: money, places and counts of projects.
extension CompareVersionsResponse: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}

/// A development's contribution: dwellings × yield × cost per place.
extension CalculateS106Response: SmallNumberSuppressible {
    /// Itself: no counts of people (pupils from a yield per dwelling, not children).
    public func suppressingSmallNumbers() -> Self { self }
}
