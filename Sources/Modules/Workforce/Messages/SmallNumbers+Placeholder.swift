public import CYPHubCore

// PLACEHOLDER (issue 9): identity conformances so the host starts; replaced by the real suppression rules.
extension GetEstablishmentResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension GetWorkforceSummaryResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension GetAgencyCostResponse: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
