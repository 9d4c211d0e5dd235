extension SnapshotKey: Comparable {
    /// Orders by authority, then date (`YYYY-MM-DD` sorts as dates do).
    public static func < (lhs: SnapshotKey, rhs: SnapshotKey) -> Bool {
        (lhs.authority, lhs.date) < (rhs.authority, rhs.date)
    }
}
