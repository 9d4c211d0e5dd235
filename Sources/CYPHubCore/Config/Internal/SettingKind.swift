/// What an accessor expects: how messages name it, and which values it takes (to find a list's bad element).
enum SettingKind {
    case wholeNumber
    case number
    case boolean
    /// A string, named in messages by `noun` (`a string`, `a module id string`).
    case string(noun: String)

    /// `a whole number`, `true or false`, …
    var noun: String {
        switch self {
        case .wholeNumber: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .string(let noun): noun
        }
    }

    /// Whether a typed value is of this kind.
    func accepts(_ value: SettingValue) -> Bool {
        switch (self, value) {
        case (.wholeNumber, .number(let number)): Int(exactly: number) != nil
        case (.number, .number): true
        case (.boolean, .bool): true
        case (.string, .string): true
        default: false
        }
    }

    /// Whether text (a variable's or a flag's) parses as this kind.
    func accepts(text: String) -> Bool {
        switch self {
        case .wholeNumber: Int(text) != nil
        case .number: Double(text) != nil
        case .boolean: ["true", "false", "yes", "no", "1", "0"].contains(text.lowercased())
        case .string: true
        }
    }
}
