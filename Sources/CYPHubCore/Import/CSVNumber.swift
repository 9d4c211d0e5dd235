/// A number as a CSV cell writes it, read by the one strict grammar every module's import uses.
///
/// The digits are plain (`1234567`) or carry thousands separators between groups of exactly three digits after a
/// first group of 1-3 digits that does not start with 0 (`1,234,567`, `1,234.5`). Before them an optional sign (`-`
/// or `+`); where the column's ``Options`` allow, brackets for a negative (`(1,234)`) and a `£` (`-£5`, `£-5`,
/// `(£5)`; spaces may follow the `£` and pad the inside of the brackets). After them, where allowed, a point and
/// one or more decimals (`12.5`, `.5`), an exponent (`1.5E+07`) and a trailing `%`, which is ignored. Anything
/// else is refused with a ``Failure`` a person can act on: `25,00,00`, `5,0000`, a decimal comma `12,5`, `,123`,
/// `1,,234` and `1,234,` are never read by deleting their commas.
///
/// The text is expected trimmed (``CSVRecord/text(_:)`` trims it).
public struct CSVNumber: Sendable, Hashable {
    /// `true` for a minus sign or brackets (also for a zero written `-0`).
    public var isNegative: Bool
    /// The digits before the point, without separators (`1234567` for `1,234,567`); empty for `.5`.
    public var wholeDigits: String
    /// The digits after the point (`5` for `1,234.5`); empty when there is no point.
    public var fractionDigits: String
    /// The power of ten written after `e` or `E` (0 when there is none), clamped to ±100,000.
    public var exponent: Int

    /// What a column accepts beyond an optionally signed whole number.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        /// Creates options from their raw bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// A point and decimals: `12.5`, `.5`.
        public static let decimals = Options(rawValue: 1 << 0)
        /// An exponent after the digits: `1.5E+07` (as a spreadsheet may export a large figure).
        public static let exponent = Options(rawValue: 1 << 1)
        /// A leading `£`.
        public static let pound = Options(rawValue: 1 << 2)
        /// Brackets for a negative, as council finance tables print income: `(1,234)`.
        public static let brackets = Options(rawValue: 1 << 3)
        /// A trailing `%`, ignored: `12.5%` is 12.5.
        public static let percent = Options(rawValue: 1 << 4)
    }

    /// Why a text is not a number; ``reason`` says it to a data officer.
    public enum Failure: Error, Sendable, Hashable {
        /// Not a number at all (letters, a stray sign, an empty fraction, ...).
        case notANumber
        /// Thousands separators that do not separate groups of three digits: `25,00,00`, `5,0000`, `,123`,
        /// `1,,234`, `1,234,`.
        case separatorGroups
        /// As ``separatorGroups``, where the text looks like a decimal comma (`12,5`) and decimals are allowed.
        case decimalComma
        /// A number with separators whose first group starts with 0: `0,500` (is it a decimal?).
        case separatorLeadingZero
        /// A separator after the decimal point: `1.234,5`.
        case separatorAfterPoint
        /// A point where the column takes whole numbers only.
        case decimalsNotAllowed
        /// More decimals than an exact amount holds (`0.0001` in £000 held to the pound).
        case tooManyDecimals(places: Int)
        /// A minus sign inside brackets: `(-5)`.
        case negativeTwice
        /// Too large to hold.
        case tooLarge

        /// The reason for a person, or `nil` when an example of a good value says it better.
        public var reason: String? {
            switch self {
            case .notANumber, .decimalsNotAllowed: nil
            case .separatorGroups: "thousands separators must separate groups of three digits"
            case .decimalComma:
                "thousands separators must separate groups of three digits; write decimals with a point (12.5)"
            case .separatorLeadingZero:
                "a number with thousands separators cannot start with 0; write decimals with a point (0.5)"
            case .separatorAfterPoint: "thousands separators cannot come after the decimal point"
            case .tooManyDecimals(let places): "it has more than \(places) decimals"
            case .negativeTwice: "it is negative twice (brackets and a minus sign)"
            case .tooLarge: "it is too large"
            }
        }
    }

    /// Parses trimmed `text`, accepting the forms in `options` besides an optionally signed whole number.
    public init(parsing text: String, allowing options: Options = []) throws(Failure) {
        var scanner = Scanner(bytes: Array(text.utf8), options: options)
        self = try scanner.number()
    }

    private init(isNegative: Bool, wholeDigits: String, fractionDigits: String, exponent: Int) {
        self.isNegative = isNegative
        self.wholeDigits = wholeDigits
        self.fractionDigits = fractionDigits
        self.exponent = exponent
    }

    /// The value as a `Double` (correctly rounded from the decimal text), or `nil` when it is too large to be finite.
    public var double: Double? {
        var text = isNegative ? "-" : ""
        text += wholeDigits.isEmpty ? "0" : wholeDigits
        if !fractionDigits.isEmpty { text += "." + fractionDigits }
        if exponent != 0 { text += "e\(exponent)" }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The value × 10^`places` exactly, as an `Int`: `integer()` for a whole number, `integer(scaledBy: 3)` for
    /// £000 held as whole pounds (`1,146.5` → 1,146,500).
    ///
    /// Throws ``Failure/tooManyDecimals(places:)`` when the scaled value is not whole, and ``Failure/tooLarge`` when
    /// it does not fit an `Int`.
    public func integer(scaledBy places: Int = 0) throws(Failure) -> Int {
        var digits = Array((wholeDigits + fractionDigits).utf8)
        var power = places + exponent - fractionDigits.utf8.count
        while power < 0, let last = digits.last {
            guard last == UInt8(ascii: "0") else { throw .tooManyDecimals(places: places) }
            digits.removeLast()
            power += 1
        }
        var value = 0
        for digit in digits {
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
            guard !overflow, !overflow2 else { throw .tooLarge }
            value = sum
        }
        while power > 0, value != 0 {
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw .tooLarge }
            value = times10
            power -= 1
        }
        return isNegative ? -value : value
    }
}

extension CSVNumber {
    /// Reads one number from UTF-8 bytes, left to right.
    private struct Scanner {
        let bytes: [UInt8]
        let options: Options
        var index = 0
        var end: Int

        init(bytes: [UInt8], options: Options) {
            self.bytes = bytes
            self.options = options
            self.end = bytes.count
        }

        private static let pound: [UInt8] = [0xC2, 0xA3]  // "£" in UTF-8

        private func byte(at position: Int) -> UInt8? { position < end ? bytes[position] : nil }
        private static func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }

        private mutating func skipSpaces() {
            while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            while end > index, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }

        private func startsWithPound(at position: Int) -> Bool {
            position + 1 < end && bytes[position] == Self.pound[0] && bytes[position + 1] == Self.pound[1]
        }

        mutating func number() throws(Failure) -> CSVNumber {
            let negative = try prefix()
            let whole = try wholePart()
            var fraction: [UInt8] = []
            if byte(at: index) == UInt8(ascii: ".") {
                guard options.contains(.decimals) else { throw .decimalsNotAllowed }
                index += 1
                while let next = byte(at: index), Self.isDigit(next) {
                    fraction.append(next)
                    index += 1
                }
                if byte(at: index) == UInt8(ascii: ",") { throw .separatorAfterPoint }
                guard !fraction.isEmpty else { throw .notANumber }
            }
            guard !whole.isEmpty || !fraction.isEmpty else { throw .notANumber }
            var exponent = 0
            if let next = byte(at: index), next == UInt8(ascii: "e") || next == UInt8(ascii: "E"),
                options.contains(.exponent)
            {
                exponent = try exponentPart()
            }
            if byte(at: index) == UInt8(ascii: "%"), options.contains(.percent) { index += 1 }
            guard index == end else { throw .notANumber }
            return CSVNumber(
                isNegative: negative, wholeDigits: String(decoding: whole, as: UTF8.self),
                fractionDigits: String(decoding: fraction, as: UTF8.self), exponent: exponent)
        }

        /// Reads the `£`, brackets and sign before the digits, in any sensible order; returns whether it is negative.
        private mutating func prefix() throws(Failure) -> Bool {
            var pound = false
            var brackets = false
            var sign: UInt8?
            while index < end {
                if options.contains(.pound), !pound, startsWithPound(at: index) {
                    pound = true
                    index += 2
                    while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
                } else if options.contains(.brackets), !brackets, sign == nil, bytes[index] == UInt8(ascii: "(") {
                    guard bytes[end - 1] == UInt8(ascii: ")") else { throw .notANumber }
                    brackets = true
                    index += 1
                    end -= 1
                    skipSpaces()
                } else if sign == nil, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    if brackets { throw bytes[index] == UInt8(ascii: "-") ? .negativeTwice : .notANumber }
                    sign = bytes[index]
                    index += 1
                } else {
                    break
                }
            }
            return brackets || sign == UInt8(ascii: "-")
        }

        /// Reads digits and thousands separators up to a point, an exponent, a `%` or the end, and checks the groups.
        private mutating func wholePart() throws(Failure) -> [UInt8] {
            var digits: [UInt8] = []
            var groups: [Int] = [0]
            var firstDigit: UInt8?
            while let next = byte(at: index) {
                if Self.isDigit(next) {
                    if firstDigit == nil { firstDigit = next }
                    digits.append(next)
                    groups[groups.count - 1] += 1
                } else if next == UInt8(ascii: ",") {
                    groups.append(0)
                } else {
                    break
                }
                index += 1
            }
            guard groups.count > 1 else { return digits }
            // Only digits and commas may make up the rest of a grouped number's whole part; anything else is
            // reported as what it is, not as a grouping problem.
            let rest = bytes[index..<end]
            if let stray = rest.first, stray != UInt8(ascii: "."), stray != UInt8(ascii: "e"), stray != UInt8(ascii: "E"),
                stray != UInt8(ascii: "%")
            {
                throw .notANumber
            }
            let first = groups[0]
            let valid = (1...3).contains(first) && groups.dropFirst().allSatisfy { $0 == 3 }
            if !valid {
                let looksDecimal = groups.count == 2 && rest.isEmpty && options.contains(.decimals)
                throw looksDecimal ? .decimalComma : .separatorGroups
            }
            if firstDigit == UInt8(ascii: "0") { throw .separatorLeadingZero }
            return digits
        }

        /// Reads `e` or `E`, an optional sign and one or more digits.
        private mutating func exponentPart() throws(Failure) -> Int {
            index += 1
            var negative = false
            if let sign = byte(at: index), sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                negative = sign == UInt8(ascii: "-")
                index += 1
            }
            var value = 0
            var any = false
            while let next = byte(at: index), Self.isDigit(next) {
                value = min(value * 10 + Int(next - UInt8(ascii: "0")), 100_000)
                any = true
                index += 1
            }
            guard any else { throw .notANumber }
            return negative ? -value : value
        }
    }
}
