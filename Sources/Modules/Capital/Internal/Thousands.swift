/// Amounts in £000 held exactly as whole pounds (read from CSV by `CSVRecord.thousands(_:)`).
enum Thousands {
    /// The largest amount a figure may hold: £999,999,999k, far above any council's programme.
    static let maximumPounds = 999_999_999_999

    /// Pounds as £000 for the wire: 1,146,000 → 1146.0, 500 → 0.5.
    static func figure(_ pounds: Int) -> Double { Double(pounds) / 1000 }

    /// Pounds as £000 text for messages: `1,146`, `0.5`, `-1,693`.
    static func text(_ pounds: Int) -> String {
        let magnitude = pounds.magnitude
        var whole = String(magnitude / 1000)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        grouped = whole + grouped
        let remainder = magnitude % 1000
        if remainder > 0 {
            var fraction = String(remainder)
            fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            grouped += "." + fraction
        }
        return (pounds < 0 ? "-" : "") + grouped
    }
}
