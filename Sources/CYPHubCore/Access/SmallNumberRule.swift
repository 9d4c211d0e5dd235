/// The small-number rule for what partners see, as published statistics apply it: a count from 1 to 5, and any
/// rate or percentage derived from one, is withheld and shown as `c`. Zero is shown (it discloses no one).
///
/// The one statement of the rule: the indicators engine and the host's partner view both use it.
public enum SmallNumberRule {
    /// The counts that are withheld.
    public static let suppressedCounts: ClosedRange<Double> = 1...5
    /// What is shown in place of a withheld figure.
    public static let marker = "c"

    /// Whether a count of `value` is withheld.
    public static func suppresses(_ value: Double) -> Bool {
        suppressedCounts.contains(value)
    }

    /// Whether a count of `value` is withheld.
    public static func suppresses<Count: BinaryInteger>(_ value: Count) -> Bool {
        value >= 1 && value <= 5
    }
}

/// A response partners may read: it withholds its own small numbers when asked. The host asks, for every response it
/// sends a partner, in one place; a method partners may call whose response does not conform is refused at start-up.
///
/// A conformance declares which of the message's numbers are counts of people and which figures derive from
/// each (``SmallNumberRule`` says when a count is withheld); a message with no such counts says so with an empty
/// conformance and a comment saying why (money, places, dates).
public protocol SmallNumberSuppressible: ProtoMessage {
    /// This message as a partner sees it: every count the rule withholds, and every figure derived from it, replaced
    /// (numbers by 0, display texts by `c`) and listed by field path in the message's `suppressed` field.
    func suppressingSmallNumbers() -> Self
}
