/// A scenario's replacement growth rate for one forecast line or one savings workstream.
public struct HighNeedsGrowthOverride: Sendable, Hashable {
    /// What the rate applies to.
    public enum Target: Sendable, Hashable {
        /// A non-savings line.
        case line(HighNeedsLine)
        /// A savings workstream, by name.
        case workstream(String)
    }

    /// What the rate applies to.
    public var target: Target
    /// The annual growth rate in % (10 = 10% a year). See ``LineProjection/withGrowth(_:firstYear:)``
    /// for what happens to a line given as explicit yearly figures.
    public var growthPercent: Double

    /// Creates an override.
    public init(target: Target, growthPercent: Double) {
        self.target = target
        self.growthPercent = growthPercent
    }
}
