public import CYPHubCore

// PLACEHOLDER (issue 9): identity conformances so the host starts; replaced by the real suppression rules.
extension IndicatorReportResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension ListIndicatorsResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
