/// A margin: either a fixed amount in the indicator's units or a percentage of a reference value.
///
/// Used for the amber band of a RAG rating (reference = the target) and for the trend rule's "No change"
/// band (reference = the previous value).
public struct Tolerance: Sendable, Hashable {
    /// How ``amount`` is measured.
    public var kind: ToleranceKind
    /// The amount (units, or percent of the reference); never negative.
    public var amount: Double

    /// Creates a tolerance; a negative amount is treated as zero.
    public init(_ kind: ToleranceKind, _ amount: Double) {
        self.kind = kind
        self.amount = max(0, amount)
    }

    /// No margin at all.
    public static let zero = Tolerance(.absolute, 0)

    /// A fixed margin in the indicator's units.
    public static func absolute(_ amount: Double) -> Tolerance { Tolerance(.absolute, amount) }

    /// A margin of `percent`% of the reference value.
    public static func percent(_ percent: Double) -> Tolerance { Tolerance(.percentOfReference, percent) }

    /// The margin in the indicator's units for a given reference value.
    public func margin(relativeTo reference: Double) -> Double {
        switch kind {
        case .absolute: amount
        case .percentOfReference: abs(reference) * amount / 100
        }
    }
}
