import CYPHubCore
import Foundation

/// How `cyp` prints: a table for people, one JSON document for scripts.
public enum Output {
    /// Prints `value` as one pretty-printed JSON document with sorted keys.
    public static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }

    /// A column of a table: its heading and whether numbers are right-aligned.
    public struct Column {
        /// The heading.
        public var heading: String
        /// Whether cells are right-aligned (numbers).
        public var alignRight: Bool

        /// A left-aligned column.
        public static func left(_ heading: String) -> Column { Column(heading: heading, alignRight: false) }
        /// A right-aligned column (numbers).
        public static func right(_ heading: String) -> Column { Column(heading: heading, alignRight: true) }
    }

    /// Prints a table with a title, headings, a rule, and columns padded to their widest cell.
    public static func table(title: String? = nil, columns: [Column], rows: [[String]]) {
        if let title { print(title) }
        var widths = columns.map(\.heading.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return columns[index].alignRight ? pad + cell : cell + pad
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
        print(line(columns.map(\.heading)))
        print(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in rows { print(line(row + Array(repeating: "", count: max(0, columns.count - row.count)))) }
    }

    /// Prints `label: value` pairs with the labels aligned.
    public static func keyValues(title: String? = nil, _ pairs: [(String, String)]) {
        if let title { print(title) }
        let width = pairs.map(\.0.count).max() ?? 0
        for (label, value) in pairs {
            print(label + String(repeating: " ", count: width - label.count) + "  " + value)
        }
    }

    /// `12,968` / `79.7%` / `£5,440`: re-exported from the core so every command formats alike.
    /// `12,968` / `46.8`.
    public static func number(_ value: Double, places: Int = 0) -> String { FigureFormat.number(value, places: places) }
    /// `12,968`.
    public static func number(_ value: Int) -> String { FigureFormat.number(Double(value)) }
    /// `79.7%`.
    public static func percent(_ value: Double, places: Int = 1) -> String { FigureFormat.percent(value, places: places) }
    /// `£5,440`.
    public static func pounds(_ value: Double, places: Int = 0) -> String { FigureFormat.pounds(value, places: places) }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

extension Output {
    /// A failure as `--json` prints it: `{"error": {"code": "NOT_FOUND", "message": "…"}}`.
    public struct Failure: Encodable, Sendable {
        /// The status code's name (`UNAVAILABLE`), or `USAGE` for a command line `cyp` refused.
        public var code: String
        /// What went wrong.
        public var message: String

        /// A failure with `code` and `message`.
        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    /// Prints `{"error": failure}`.
    public static func json(failure: Failure) throws {
        try json(["error": failure])
    }

    /// A dataset's CSV template as `template --json` prints it.
    public struct Template: Encodable, Sendable {
        /// The dataset's name (`worker_caseloads`).
        public var dataset: String
        /// The header line: every column, required first.
        public var header: String
        /// The columns a file must have.
        public var requiredColumns: [String]
        /// The columns a file may have.
        public var optionalColumns: [String]
    }

    /// Prints a dataset's template: its header line, or with `json` the dataset, header and columns.
    public static func template(dataset: String, requiredColumns: [String], optionalColumns: [String], json: Bool) throws {
        let header = (requiredColumns + optionalColumns).joined(separator: ",")
        guard json else {
            print(header)
            return
        }
        try Output.json(
            Template(dataset: dataset, header: header, requiredColumns: requiredColumns, optionalColumns: optionalColumns))
    }
}

extension Output {
    /// A size in bytes for people: `4 MiB`, `1.5 KiB`, `512 bytes` (binary units, up to two decimals).
    public static func bytes(_ value: UInt64) -> String {
        let units: [(String, UInt64)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
        for (unit, size) in units where value >= size {
            return "\(number(Double(value) / Double(size), places: 2).trimmingTrailingZeros()) \(unit)"
        }
        return value == 1 ? "1 byte" : "\(number(Int(value))) bytes"
    }

    /// A duration given in milliseconds, in seconds for people: `10 s`, `0.25 s`, `300 s`.
    public static func seconds(milliseconds: UInt64) -> String {
        "\(number(Double(milliseconds) / 1000, places: 3).trimmingTrailingZeros()) s"
    }
}

extension String {
    /// `4.00` → `4`, `1.50` → `1.5`; text without a decimal point unchanged.
    fileprivate func trimmingTrailingZeros() -> String {
        guard contains(".") else { return self }
        var copy = self
        while copy.last == "0" { copy.removeLast() }
        if copy.last == "." { copy.removeLast() }
        return copy
    }
}
