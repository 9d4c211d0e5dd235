/// Proto `CapacityReturn`.
public struct CapacityReturn: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Base year.
    public var baseYear: String
    /// Files.
    public var files: [ReturnFile]
}
