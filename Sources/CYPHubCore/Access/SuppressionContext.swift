/// Where a plan is in the message (the path prefix) and the paths withheld so far. Custom entries use it to
/// withhold figures and name them.
public struct SuppressionContext: Sendable {
    /// The paths withheld so far, in the order withheld, each once.
    public private(set) var withheld: [String] = []
    /// The prefix of the message being worked on: empty at the top, `rows[3].` within an element.
    public private(set) var prefix = ""

    /// An empty context, at the top of a message.
    public init() {}

    /// Records the field named `name` of the current message as withheld.
    public mutating func record(_ name: String) {
        let path = prefix + name
        if !withheld.contains(path) { withheld.append(path) }
    }

    /// Withholds `figures` of `message` (the current message, or a part of it the figures are declared on).
    public mutating func withhold<Part>(_ figures: [DerivedFigure<Part>], in message: inout Part) {
        for figure in figures {
            figure.withhold(&message, &self)
        }
    }

    /// Runs `body` with the prefix extended by the field `name` (and `[index]` for an element of a repeated field).
    public mutating func within(_ name: String, index: Int? = nil, _ body: (inout SuppressionContext) -> Void) {
        let saved = prefix
        prefix += index.map { "\(name)[\($0)]." } ?? "\(name)."
        body(&self)
        prefix = saved
    }
}
