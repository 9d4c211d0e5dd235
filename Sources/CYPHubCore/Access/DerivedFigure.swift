/// A figure withheld with a count it derives from: a rate, a percentage, a change, a display text, an FTE.
public struct DerivedFigure<Message>: Sendable {
    let withhold: @Sendable (inout Message, inout SuppressionContext) -> Void

    /// A number named `name`: becomes 0.
    public static func number(_ keyPath: any WritableKeyPath<Message, Double> & Sendable, _ name: String) -> Self {
        Self { message, context in
            message[keyPath: keyPath] = 0
            context.record(name)
        }
    }

    /// A whole number named `name`: becomes 0.
    public static func number(_ keyPath: any WritableKeyPath<Message, Int> & Sendable, _ name: String) -> Self {
        Self { message, context in
            message[keyPath: keyPath] = 0
            context.record(name)
        }
    }

    /// A display text named `name`: becomes ``SmallNumberRule/marker``.
    public static func text(_ keyPath: any WritableKeyPath<Message, String> & Sendable, _ name: String) -> Self {
        Self { message, context in
            message[keyPath: keyPath] = SmallNumberRule.marker
            context.record(name)
        }
    }

    /// Figures of the nested message named `name` (absent: nothing), at paths `name.…`.
    public static func within<Child>(
        _ keyPath: any WritableKeyPath<Message, Child?> & Sendable,
        _ name: String,
        _ figures: [DerivedFigure<Child>]
    ) -> Self {
        Self { message, context in
            guard var child = message[keyPath: keyPath] else { return }
            context.within(name) { context in context.withhold(figures, in: &child) }
            message[keyPath: keyPath] = child
        }
    }

    /// Figures of every element of the repeated message named `name`, at paths `name[i].…`.
    public static func each<Element>(
        _ keyPath: any WritableKeyPath<Message, [Element]> & Sendable,
        _ name: String,
        _ figures: [DerivedFigure<Element>]
    ) -> Self {
        Self { message, context in
            var elements = message[keyPath: keyPath]
            for index in elements.indices {
                context.within(name, index: index) { context in context.withhold(figures, in: &elements[index]) }
            }
            message[keyPath: keyPath] = elements
        }
    }
}
