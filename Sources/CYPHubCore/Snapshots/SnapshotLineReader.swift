/// Reads the lines of the canonical encoding back (``SnapshotEncoding``): the first line's columns, and each row's
/// key and values as text (strings unescaped, numbers as written), for writing them out as CSV.
public enum SnapshotLineReader {
    /// The column names of the first line.
    public static func columns(ofHeader line: some Collection<UInt8>) throws(SnapshotEncodingError) -> [String] {
        var scanner = Scanner(Array(line))
        guard case .object(let fields) = try scanner.document(),
            case .text(SnapshotEncoding.format)? = fields.first(where: { $0.0 == "format" })?.1,
            case .array(let columns)? = fields.first(where: { $0.0 == "columns" })?.1
        else {
            throw SnapshotEncodingError("the first line is not a \(SnapshotEncoding.format) description")
        }
        return try columns.map { value throws(SnapshotEncodingError) in
            guard case .text(let name) = value else { throw SnapshotEncodingError("a column name is not a string") }
            return name
        }
    }

    /// A row's key and its values as text, in column order.
    public static func row(_ line: some Collection<UInt8>) throws(SnapshotEncodingError) -> (key: String, values: [String]) {
        var scanner = Scanner(Array(line))
        guard case .object(let fields) = try scanner.document(), fields.count == 2, fields[0].0 == "key", fields[1].0 == "values",
            case .text(let key) = fields[0].1, case .object(let values) = fields[1].1
        else {
            throw SnapshotEncodingError("a row line is not {\"key\":…,\"values\":{…}}")
        }
        return try (
            key,
            values.map { field throws(SnapshotEncodingError) in
                switch field.1 {
                case .text(let text), .number(let text): return text
                default: throw SnapshotEncodingError("row '\(key)' column '\(field.0)' is neither a string nor a number")
                }
            }
        )
    }

    enum Value {
        case text(String)
        case number(String)
        case array([Value])
        case object([(String, Value)])
    }

    /// The JSON the encoding writes: objects, arrays, strings and numbers, nothing else.
    struct Scanner {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes.last == UInt8(ascii: "\n") ? Array(bytes.dropLast()) : bytes
        }

        mutating func document() throws(SnapshotEncodingError) -> Value {
            let value = try self.value()
            guard position == bytes.count else { throw fault("text after the value") }
            return value
        }

        func fault(_ what: String) -> SnapshotEncodingError {
            SnapshotEncodingError("not the snapshot encoding at byte \(position + 1): \(what)")
        }

        mutating func expect(_ byte: UInt8) throws(SnapshotEncodingError) {
            guard position < bytes.count, bytes[position] == byte else {
                throw fault("expected '\(Character(UnicodeScalar(byte)))'")
            }
            position += 1
        }

        mutating func value() throws(SnapshotEncodingError) -> Value {
            guard position < bytes.count else { throw fault("the line ends early") }
            switch bytes[position] {
            case UInt8(ascii: "\""): return .text(try string())
            case UInt8(ascii: "{"):
                position += 1
                var fields: [(String, Value)] = []
                while position < bytes.count, bytes[position] != UInt8(ascii: "}") {
                    if !fields.isEmpty { try expect(UInt8(ascii: ",")) }
                    let name = try string()
                    try expect(UInt8(ascii: ":"))
                    fields.append((name, try value()))
                }
                try expect(UInt8(ascii: "}"))
                return .object(fields)
            case UInt8(ascii: "["):
                position += 1
                var elements: [Value] = []
                while position < bytes.count, bytes[position] != UInt8(ascii: "]") {
                    if !elements.isEmpty { try expect(UInt8(ascii: ",")) }
                    elements.append(try value())
                }
                try expect(UInt8(ascii: "]"))
                return .array(elements)
            default:
                let start = position
                let numeric = Set("0123456789+-.eE".utf8)
                while position < bytes.count, numeric.contains(bytes[position]) { position += 1 }
                guard position > start else { throw fault("expected a value") }
                return .number(String(decoding: bytes[start..<position], as: UTF8.self))
            }
        }

        mutating func string() throws(SnapshotEncodingError) -> String {
            try expect(UInt8(ascii: "\""))
            var out: [UInt8] = []
            while true {
                guard position < bytes.count else { throw fault("a string does not end") }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") { break }
                guard byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    continue
                }
                guard position < bytes.count else { throw fault("an escape does not end") }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard position + 4 <= bytes.count,
                        let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16),
                        let scalar = UnicodeScalar(code)
                    else { throw fault("a \\u escape is not 4 hex digits") }
                    position += 4
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: out.append(escaped)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
