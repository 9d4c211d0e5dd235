/// Proto `GrowthOverrideInput`: a scenario's replacement growth rate for a line or a workstream.
public struct GrowthOverrideInput: Sendable, Hashable, Codable {
    /// `grant_income`, `placement_costs`, `other_costs`, `commissioning_costs`, `invest_to_save_costs`,
    /// `other_dsg_blocks`, `total_dsg`, or `savings` (with ``workstream``).
    public var line: String
    /// The workstream's name when ``line`` is `savings`; empty otherwise.
    public var workstream: String
    /// The growth rate, % a year.
    public var growthPercent: Double

    /// Creates an override.
    public init(line: String, workstream: String = "", growthPercent: Double) {
        self.line = line
        self.workstream = workstream
        self.growthPercent = growthPercent
    }
}
