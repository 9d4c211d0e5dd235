public import CYPHubCore

// PLACEHOLDER (issue 9): identity conformances so the host starts; replaced by the real suppression rules.
extension Snapshot: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
extension SnapshotList: SmallNumberSuppressible {
    public func suppressingSmallNumbers() -> Self { self }
}
