/// Which of a message's fields are counts of people, which figures derive from each, and where its nested messages
/// are: the declaration ``SmallNumberRule`` is applied by, in one place.
///
/// A plan only declares; it never decides. For each count it reads the count in the message as it was computed,
/// asks ``SmallNumberRule`` whether to withhold it and, if so, replaces the count and every figure
/// derived from it (numbers by 0, display texts by ``SmallNumberRule/marker``) and records each field's path. A
/// figure several counts derive (a change from a current and an earlier count) is withheld when any of them is.
///
/// ```swift
/// static let smallNumbers = SuppressionPlan<DemandFigures>(
///     .count(\.childProtectionPlans, "child_protection_plans"),
///     .nested(\.comparison, "comparison", CountChange.smallNumbers),
///     .repeated(\.rows, "rows", Row.smallNumbers))
/// ```
///
/// Paths are the proto field names: `demand.child_protection_plans`, `rows[3].value` (elements from 0).
public struct SuppressionPlan<Message>: Sendable {
    /// The plan's entries, applied in order, each deciding on the message as it was before any was applied.
    public var entries: [SuppressionEntry<Message>]

    /// A plan of `entries`.
    public init(_ entries: [SuppressionEntry<Message>]) {
        self.entries = entries
    }

    /// A plan of `entries`.
    public init(_ entries: SuppressionEntry<Message>...) {
        self.init(entries)
    }

    /// `message` with every count the rule withholds, and every figure derived from one, replaced; `withheld`
    /// gains each replaced field's path (once, in plan order).
    public func applied(to message: Message, withheld: inout [String]) -> Message {
        var context = SuppressionContext()
        var result = message
        apply(original: message, to: &result, in: &context)
        for path in context.withheld where !withheld.contains(path) {
            withheld.append(path)
        }
        return result
    }

    /// Applies the plan to `result`, deciding on `original` (the same message before any entry replaced a figure),
    /// recording paths under `context`'s current prefix. Nested plans and custom entries call this.
    public func apply(original: Message, to result: inout Message, in context: inout SuppressionContext) {
        for entry in entries {
            entry.apply(original, &result, &context)
        }
    }
}
