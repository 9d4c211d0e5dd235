/// Proto `CapacityReturnRequest`.
public struct CapacityReturnRequest: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Base year.
    public var baseYear: String
    /// The capital programme version for places planned; empty for the newest.
    public var capitalVersion: String
}
