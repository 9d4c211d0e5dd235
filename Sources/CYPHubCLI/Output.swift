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
