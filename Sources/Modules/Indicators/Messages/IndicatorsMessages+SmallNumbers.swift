public import CYPHubCore

/// The report as the engine builds it: the engine applies ``SmallNumberRule`` to every line for every caller (a
/// value or numerator of 1-5 is 0, its numerator dropped, its display `c`, and the line's `suppressed` set; the
/// change beside a withheld value is not given; see ``SmallNumberSuppression``), so there is nothing left to withhold.
extension IndicatorReportResponse: SmallNumberSuppressible {
    /// Itself: already suppressed by the engine.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Indicator definitions with how many observations and authorities each has: no counts of people.
extension ListIndicatorsResponse: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}
