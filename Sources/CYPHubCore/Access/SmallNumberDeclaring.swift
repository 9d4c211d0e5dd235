/// A response that withholds its small numbers by declaring them: its counts of people and the figures derived
/// from each, in a ``SuppressionPlan``, and a `repeated string suppressed` field for the paths withheld. Conforming
/// is all a module writes; ``SmallNumberSuppressible/suppressingSmallNumbers()`` applies ``SmallNumberRule``.
///
/// ```swift
/// extension Snapshot: SmallNumberDeclaring {
///     public static let smallNumbers = SuppressionPlan<Snapshot>(
///         .nested(\.demand, "demand", DemandFigures.smallNumbers))
/// }
/// ```
public protocol SmallNumberDeclaring: SmallNumberSuppressible {
    /// Where the message's counts of people are and what derives from each.
    static var smallNumbers: SuppressionPlan<Self> { get }
    /// The paths of the figures withheld (the message's `suppressed` field).
    var suppressed: [String] { get set }
}

extension SmallNumberDeclaring {
    /// This message with ``smallNumbers`` applied: each count ``SmallNumberRule`` withholds, and each figure
    /// derived from it, replaced, and its path added to ``suppressed``.
    public func suppressingSmallNumbers() -> Self {
        var withheld = suppressed
        var result = Self.smallNumbers.applied(to: self, withheld: &withheld)
        result.suppressed = withheld
        return result
    }
}
