/// Proto `TargetSpec`: a local target as sent on the wire.
public struct TargetSpec: Codable, Sendable, Equatable {
    /// How the value is compared with the target.
    public var comparator: TargetComparator
    /// The target value, in the indicator's units.
    public var value: Double
    /// The target as shown (`>97.2%`).
    public var display: String

    /// Creates a target.
    public init(comparator: TargetComparator, value: Double, display: String) {
        self.comparator = comparator
        self.value = value
        self.display = display
    }
}
