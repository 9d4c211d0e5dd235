/// The mean of the statistical neighbours that report an indicator for a period.
public struct NeighbourAverage: Sendable, Hashable {
    /// The mean of the reporting neighbours' values (floating-point noise beyond 9 decimal places removed;
    /// not rounded to the indicator's precision).
    public var value: Double
    /// How many neighbours reported.
    public var reportingCount: Int
    /// How many neighbours the set has (normally 10).
    public var setSize: Int
    /// The neighbour-set version used.
    public var version: String

    /// The mean of the observations in `observations` that belong to a neighbour in `set`, or `nil` when no
    /// neighbour reports. Each neighbour counts once (its observation for the period being averaged).
    public static func compute(set: NeighbourSet, observations: [IndicatorObservation]) -> NeighbourAverage? {
        let byAuthority = Dictionary(observations.map { ($0.authorityCode, $0.value) }) { first, _ in first }
        let values = set.neighbourCodes.compactMap { byAuthority[$0] }
        guard !values.isEmpty else { return nil }
        return NeighbourAverage(
            value: DecimalRounding.clean(values.reduce(0, +) / Double(values.count)), reportingCount: values.count,
            setSize: set.neighbourCodes.count, version: set.version)
    }
}
