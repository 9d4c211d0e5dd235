extension Snapshot {
    /// The table row with `key`, e.g. `child_protection_rate`.
    public func row(_ key: String) -> SnapshotRow? { rows.first { $0.key == key } }
}
