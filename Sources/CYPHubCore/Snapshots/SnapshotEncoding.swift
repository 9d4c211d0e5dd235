/// The canonical encoding of a snapshot (docs/snapshots.md, README "Snapshots on the wire"): UTF-8 JSON Lines, each
/// line ending in `\n`. The first line describes the snapshot:
///
/// ```
/// {"format":"cyphub-snapshot-1","module":"social-care","authority":"E06000016","period":"2024-10-04","kind":"aggregate","columns":["label","value"]}
/// ```
///
/// then one line per row, in the module's order, its values keyed by column in column order:
///
/// ```
/// {"key":"cin","values":{"label":"Children in need","value":2960}}
/// ```
///
/// Written one way only, so the same data gives the same bytes: no spaces; strings escape `"` and `\` with a
/// backslash, `\n` `\r` `\t` `\b` `\f` as such and other characters below U+0020 as `\u00XX`, everything else as
/// UTF-8; whole numbers in decimal digits; other numbers as the shortest text that reads back as the same IEEE 754
/// double (`0.1`, `79.7`, `1e-05`). The SHA-256 of these bytes, lower-case hex, is the snapshot's version.
public enum SnapshotEncoding {
    /// The `format` of the first line.
    public static let format = "cyphub-snapshot-1"
    /// The most uncompressed bytes in one chunk (1 MiB). A chunk holds whole lines.
    public static let maxChunkBytes = 1 << 20

    /// The first line, `\n` included.
    public static func headerLine(_ name: SnapshotName, columns: [String]) -> [UInt8] {
        descriptionLine(format: format, name: name, extra: [], columns: columns)
    }

    /// A description line (a snapshot's first line, or a delta's): `format`, the name's four parts, `extra` fields and
    /// `columns`, `\n` included.
    static func descriptionLine(format: String, name: SnapshotName, extra: [(String, String)], columns: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: Array(#"{"format":"#.utf8))
        appendString(format, to: &out)
        for (field, value) in [
            ("module", name.module), ("authority", name.authority), ("period", name.period), ("kind", name.kind.rawValue),
        ] + extra {
            out.append(UInt8(ascii: ","))
            appendString(field, to: &out)
            out.append(UInt8(ascii: ":"))
            appendString(value, to: &out)
        }
        out.append(contentsOf: Array(#","columns":["#.utf8))
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(column, to: &out)
        }
        out.append(contentsOf: Array("]}\n".utf8))
        return out
    }

    /// One row's line, `\n` included. Throws when the row has not one value per column or a number is not finite.
    public static func rowLine(_ row: SnapshotDataRow, columns: [String]) throws(SnapshotEncodingError) -> [UInt8] {
        guard row.values.count == columns.count else {
            throw SnapshotEncodingError("row '\(row.key)' has \(row.values.count) values for \(columns.count) columns")
        }
        var out: [UInt8] = []
        out.append(contentsOf: Array(#"{"key":"#.utf8))
        appendString(row.key, to: &out)
        out.append(contentsOf: Array(#","values":{"#.utf8))
        for (index, (column, value)) in zip(columns, row.values).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(column, to: &out)
            out.append(UInt8(ascii: ":"))
            switch value {
            case .text(let text): appendString(text, to: &out)
            case .integer(let number): out.append(contentsOf: Array(String(number).utf8))
            case .decimal(let number):
                guard number.isFinite else {
                    throw SnapshotEncodingError("row '\(row.key)' column '\(column)': \(number) is not a finite number")
                }
                out.append(contentsOf: Array(number.description.utf8))
            }
        }
        out.append(contentsOf: Array("}}\n".utf8))
        return out
    }

    /// Appends `text` as a JSON string, escaped as the format says.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Why a module's rows cannot be encoded (a fault in the module: the host answers `INTERNAL`).
public struct SnapshotEncodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, naming the row.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}

/// Splits a snapshot's lines into chunks of at most ``SnapshotEncoding/maxChunkBytes``, each holding whole lines.
public struct SnapshotChunker: Sendable {
    /// The chunk being filled.
    public private(set) var current: [UInt8] = []
    /// The lines in ``current``.
    public private(set) var currentLines = 0
    private let limit: Int

    /// A chunker of chunks up to `limit` bytes.
    public init(limit: Int = SnapshotEncoding.maxChunkBytes) {
        self.limit = limit
    }

    /// Adds `line`; returns the chunk it completed (and its line count) when the line did not fit in it.
    public mutating func append(_ line: [UInt8]) throws(SnapshotEncodingError) -> (bytes: [UInt8], lines: Int)? {
        guard line.count <= limit else {
            throw SnapshotEncodingError("a row of \(line.count) bytes is longer than a chunk (\(limit) bytes)")
        }
        var done: (bytes: [UInt8], lines: Int)?
        if current.count + line.count > limit {
            done = (current, currentLines)
            current = []
            currentLines = 0
        }
        current.append(contentsOf: line)
        currentLines += 1
        return done
    }

    /// The last chunk, if it holds anything.
    public mutating func finish() -> (bytes: [UInt8], lines: Int)? {
        guard !current.isEmpty else { return nil }
        defer {
            current = []
            currentLines = 0
        }
        return (current, currentLines)
    }
}

extension SnapshotEncoding {
    /// Lower-case hex of `bytes` (how versions and chunk hashes are written).
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
