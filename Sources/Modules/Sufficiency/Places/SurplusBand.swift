/// The target band for spare places, as a percentage of capacity (by default 2-5%: enough for parental
/// preference and in-year moves, not so many that schools' budgets suffer).
public struct SurplusBand: Sendable, Hashable {
    /// The band's minimum, %.
    public var minPercent: Double
    /// The band's maximum, %.
    public var maxPercent: Double

    /// Creates a band.
    public init(minPercent: Double = 2, maxPercent: Double = 5) {
        self.minPercent = minPercent
        self.maxPercent = maxPercent
    }

    /// The status of `pupils` against `capacity`.
    public func status(pupils: Int, capacity: Int) -> PlaceStatus {
        guard capacity > 0 else { return pupils > 0 ? .shortfall : .noCapacity }
        if pupils > capacity { return .shortfall }
        let surplus = Double(capacity - pupils) / Double(capacity) * 100
        if surplus < minPercent { return .belowTarget }
        if surplus > maxPercent { return .aboveTarget }
        return .withinTarget
    }
}
