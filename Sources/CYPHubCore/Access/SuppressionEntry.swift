/// One declaration of a ``SuppressionPlan``: a count and its derived figures, a nested or repeated message with
/// its own plan, or a custom rule for a message whose unit is itself a field.
public struct SuppressionEntry<Message>: Sendable {
    /// Applies the entry: decides on the original, replaces in the result, records under the context's prefix.
    let apply: @Sendable (Message, inout Message, inout SuppressionContext) -> Void

    /// An entry that runs `apply`: decide on the original message (the first argument), replace figures in the
    /// result (the second), and record each replaced field with the context (``SuppressionContext/withhold(_:in:)``
    /// records for you). Use it for rows whose unit is a field, or a figure derived from a count elsewhere in the
    /// message; the rule stays ``SmallNumberRule``'s.
    public static func custom(
        _ apply:
            @escaping @Sendable (_ original: Message, _ result: inout Message, _ context: inout SuppressionContext)
            -> Void
    ) -> Self {
        Self(apply: apply)
    }

    /// A count of people (a proto `int64`) named `name`: when the rule withholds it, it becomes 0 and every figure
    /// in `derived` is withheld with it.
    public static func count(
        _ keyPath: any WritableKeyPath<Message, Int> & Sendable,
        _ name: String,
        derived: [DerivedFigure<Message>] = []
    ) -> Self {
        count(
            name, derived: derived,
            withholds: { SmallNumberRule.suppresses($0[keyPath: keyPath]) },
            replace: { $0[keyPath: keyPath] = 0 })
    }

    /// A count of people held as a `double` (a forecast number of children, a count in a table of mixed units):
    /// withheld when the rule withholds it, with `derived`.
    public static func count(
        _ keyPath: any WritableKeyPath<Message, Double> & Sendable,
        _ name: String,
        derived: [DerivedFigure<Message>] = []
    ) -> Self {
        count(
            name, derived: derived,
            withholds: { SmallNumberRule.suppresses($0[keyPath: keyPath]) },
            replace: { $0[keyPath: keyPath] = 0 })
    }

    /// A count read through an optional chain (`\.demand?.childProtectionPlans`: a count in a nested message with
    /// figures derived from it elsewhere in this one): when the rule withholds it, every figure in `withholding`
    /// goes. The count itself is not replaced here: the nested message's own plan declares it. An absent count
    /// withholds nothing.
    public static func count(
        at keyPath: any KeyPath<Message, Int?> & Sendable,
        withholding figures: [DerivedFigure<Message>]
    ) -> Self {
        Self { original, result, context in
            guard let count = original[keyPath: keyPath], SmallNumberRule.suppresses(count) else { return }
            context.withhold(figures, in: &result)
        }
    }

    private static func count(
        _ name: String,
        derived: [DerivedFigure<Message>],
        withholds: @escaping @Sendable (Message) -> Bool,
        replace: @escaping @Sendable (inout Message) -> Void
    ) -> Self {
        Self { original, result, context in
            guard withholds(original) else { return }
            replace(&result)
            context.record(name)
            context.withhold(derived, in: &result)
        }
    }

    /// A nested message field named `name` (absent: nothing to do), with its own plan; its paths are prefixed
    /// `name.`.
    public static func nested<Child>(
        _ keyPath: any WritableKeyPath<Message, Child?> & Sendable,
        _ name: String,
        _ plan: SuppressionPlan<Child>
    ) -> Self {
        Self { original, result, context in
            guard let child = original[keyPath: keyPath], var replaced = result[keyPath: keyPath] else { return }
            context.within(name) { context in
                plan.apply(original: child, to: &replaced, in: &context)
            }
            result[keyPath: keyPath] = replaced
        }
    }

    /// A repeated message field named `name`: the plan applies to each element, whose paths are prefixed
    /// `name[i].`.
    public static func repeated<Element>(
        _ keyPath: any WritableKeyPath<Message, [Element]> & Sendable,
        _ name: String,
        _ plan: SuppressionPlan<Element>
    ) -> Self {
        Self { original, result, context in
            let elements = original[keyPath: keyPath]
            var replaced = result[keyPath: keyPath]
            for index in elements.indices where index < replaced.count {
                context.within(name, index: index) { context in
                    plan.apply(original: elements[index], to: &replaced[index], in: &context)
                }
            }
            result[keyPath: keyPath] = replaced
        }
    }
}
