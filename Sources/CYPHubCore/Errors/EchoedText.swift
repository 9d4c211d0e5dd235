/// A client's own text made safe to repeat in a status message or a log line: cut to a length and with every
/// control character written as an escape, so one call cannot fill a log or forge a line in it.
public enum EchoedText {
    /// The most characters of client text repeated (longer text is cut and marked with `…`).
    public static let maxCharacters = 200

    /// `text`, cut to ``maxCharacters`` characters, its control characters (newline, tab, NUL, DEL…) escaped as
    /// `\n`, `\t` or `\u{7F}`; the result holds no line break.
    public static func quoted(_ text: some StringProtocol, limit: Int = maxCharacters) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == limit {
                result += "…(\(text.utf8.count) bytes)"
                return result
            }
            count += 1
            result += escaped(character)
        }
        return result
    }

    /// A whole log line made single-line: control characters escaped, nothing cut (the parts from clients are cut
    /// when the message is built).
    public static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.map(escaped).joined()
    }

    private static func escaped(_ character: Character) -> String {
        guard character.unicodeScalars.contains(where: isControl) else { return String(character) }
        return character.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case _ where isControl(scalar): "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: String(scalar)
            }
        }.joined()
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
