/// What a number column accepts and how an issue names it: the forms ``CSVNumber`` reads besides a signed whole
/// number, and the words for a refusal (`'25,00,00' is not a whole number: thousands separators must separate
/// groups of three digits`).
public struct CSVNumberFormat: Sendable, Hashable {
    /// What the value should be, with its article: `a whole number`, `an amount in £000`.
    public var name: String
    /// A good value or two, shown when the text is not a number at all: `e.g. 3495 or £3,495.00`.
    public var example: String?
    /// The forms accepted besides an optionally signed whole number.
    public var options: CSVNumber.Options

    /// Creates a format.
    public init(name: String, example: String? = nil, options: CSVNumber.Options) {
        self.name = name
        self.example = example
        self.options = options
    }

    /// A whole number, with an optional sign: `1,234`, `-5`.
    public static let wholeNumber = CSVNumberFormat(name: "a whole number", options: [])

    /// A number with optional decimals, exponent and trailing `%` (ignored): `1,234.5`, `.5`, `12.5%`.
    public static let number = CSVNumberFormat(name: "a number", options: [.decimals, .exponent, .percent])

    /// The reason for `text` refused with `failure`: `'12,5' is not a number: thousands separators must …`.
    public func refusal(_ text: String, _ failure: CSVNumber.Failure) -> String {
        let refused = "'\(text)' is not \(name)"
        if let reason = failure.reason { return "\(refused): \(reason)" }
        return example.map { "\(refused) (\($0))" } ?? refused
    }
}
