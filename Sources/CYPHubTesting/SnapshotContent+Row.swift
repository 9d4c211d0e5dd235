public import CYPHubCore

extension SnapshotContent {
    /// The values of the row keyed `key` by column name, for checking a module's snapshot figure by figure; `nil`
    /// when no row has that key.
    public func values(ofRow key: String) -> [String: SnapshotValue]? {
        rows.first { $0.key == key }.map { Dictionary(uniqueKeysWithValues: zip(columns, $0.values)) }
    }
}
