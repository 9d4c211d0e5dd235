// Snapshots partners may read are built, when published, from figures as partners see them: every aggregate
// snapshot's values were suppressed by the module's own `SuppressionPlan` before they were encoded (docs/snapshots.md),
// and record snapshots are never sent to partners. So the messages carrying them have nothing left to withhold, and
// the stored bytes (whose SHA-256 is the version) are sent as they are.

/// The manifests: names, versions, sizes and dates; no counts of people.
extension ManifestList: SmallNumberSuppressible {
    /// Itself: no figures.
    public func suppressingSmallNumbers() -> Self { self }
}

/// The snapshots that can be published: names only.
extension AvailableSnapshotList: SmallNumberSuppressible {
    /// Itself: no figures.
    public func suppressingSmallNumbers() -> Self { self }
}

/// A manifest or a chunk of an aggregate snapshot, published already suppressed.
extension FetchSnapshotResponse: SmallNumberSuppressible {
    /// Itself: the chunk's rows were suppressed when published.
    public func suppressingSmallNumbers() -> Self { self }
}

extension FetchSnapshotResponse: PrecompressedMessage {
    /// True for a chunk (its data is a zlib stream); the manifest alone is small.
    public var carriesCompressedData: Bool { chunk != nil }
}
