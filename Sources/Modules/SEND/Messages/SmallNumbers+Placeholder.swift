public import CYPHubCore

// PLACEHOLDER (issue 9): identity conformances so the host starts; replaced by the real suppression rules.
extension EhcpSummary: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension TimelinessReport: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension HighNeedsPlanList: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension HighNeedsForecast: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension HighNeedsScenarioResult: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
