/// A calendar month as `YYYY-MM`, parsed from the ways council tables print it.
enum YearMonth {
    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// `Mar-28`, `Mar-2028`, `March 2028`, `mar 28`, `2028-03` or `03/2028` → `2028-03`; `nil` otherwise.
    static func parse(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " }).map(String.init)
        guard parts.count == 2 else { return nil }
        let (first, second) = (parts[0], parts[1])
        if let year = Int(first), first.count == 4, let month = Int(second), second.count <= 2 {
            return format(year: year, month: month)
        }
        if let month = Int(first), first.count <= 2, let year = Int(second), second.count == 4 {
            return format(year: year, month: month)
        }
        let name = first.lowercased()
        guard name.count >= 3, let index = monthNames.firstIndex(where: { name.hasPrefix($0) }),
            let year = Int(second), second.count == 2 || second.count == 4
        else { return nil }
        return format(year: second.count == 2 ? 2000 + year : year, month: index + 1)
    }

    private static func format(year: Int, month: Int) -> String? {
        guard (1900...2999).contains(year), (1...12).contains(month) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}
