public import CYPHubCore

// PLACEHOLDER (issue 9): identity conformances so the host starts; replaced by the real suppression rules.
extension GetProgrammeResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension ListVersionsResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension CompareVersionsResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension CalculateS106Response: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
