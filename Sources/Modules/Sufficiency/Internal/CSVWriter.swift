/// Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends.
struct CSVWriter {
    private(set) var text: String
    private(set) var rows = 0

    init(header: [String]) {
        text = ""
        append(header)
        rows = 0
    }

    mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",") + "\r\n"
        rows += 1
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
