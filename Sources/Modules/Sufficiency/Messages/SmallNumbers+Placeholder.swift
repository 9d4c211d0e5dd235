public import CYPHubCore

// PLACEHOLDER (issue 9): identity conformances so the host starts; replaced by the real suppression rules.
extension PlanningAreaList: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension PupilForecast: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension SufficiencyReport: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension PlacesGapReport: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension ForecastAccuracyReport: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension SpecialistPlacesReport: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
