/// Amounts in £000 as councils print them, held exactly as whole pounds.
enum Thousands {
    /// The largest amount a figure may hold: £999,999,999k, far above any council's programme.
    static let maximumPounds = 999_999_999_999

    /// Why a text is not an amount.
    enum ParseFailure: Error {
        case notAnAmount
        case tooManyDecimals
        case tooLarge
    }

    /// Parses `1,146` (1,146,000 pounds), `0.5` (500), `-30` or `(30)` (−30,000), with an optional `£`.
    /// Thousands separators must group three digits; at most three decimals (one pound).
    static func pounds(_ text: String) -> Result<Int, ParseFailure> {
        var body = Substring(text)
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = body.dropFirst().dropLast()
        }
        if body.hasPrefix("-") {
            if negative { return .failure(.notAnAmount) }
            negative = true
            body = body.dropFirst()
        }
        if body.hasPrefix("£") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return .failure(.notAnAmount) }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
        else { return .failure(.notAnAmount) }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigitCharacter), parts.count == 1 || !fraction.isEmpty else {
            return .failure(.notAnAmount)
        }
        guard fraction.count <= 3 else { return .failure(.tooManyDecimals) }
        let digits = groups.joined()
        guard digits.count <= 9, let thousands = Int(digits) else { return .failure(.tooLarge) }
        let padded = fraction + String(repeating: "0", count: 3 - fraction.count)
        let pounds = thousands * 1000 + (Int(padded) ?? 0)
        return .success(negative ? -pounds : pounds)
    }

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

extension Character {
    /// `0`…`9`.
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
