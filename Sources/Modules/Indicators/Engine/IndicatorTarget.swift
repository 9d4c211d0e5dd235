/// A local target: a comparator and a value in the indicator's own units (`>97.2` for a percent).
public struct IndicatorTarget: Sendable, Hashable {
    /// How the value is compared with ``value``.
    public var comparator: TargetComparator
    /// The target value, in the indicator's units.
    public var value: Double

    /// Creates a target.
    public init(_ comparator: TargetComparator, _ value: Double) {
        self.comparator = comparator
        self.value = value
    }
}
