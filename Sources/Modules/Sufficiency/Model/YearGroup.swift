/// A national curriculum year group: Reception (`R`) to Year 13 (`Y13`).
public struct YearGroup: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 0 for Reception, 1 to 13 for Years 1 to 13.
    public let number: Int

    /// Creates a year group; `number` must be 0...13.
    public init?(number: Int) {
        guard (0...13).contains(number) else { return nil }
        self.number = number
    }

    private init(unchecked number: Int) { self.number = number }

    /// Reception.
    public static let reception = YearGroup(unchecked: 0)
    /// Year 6, the last primary year.
    public static let year6 = YearGroup(unchecked: 6)
    /// Year 7, the first secondary year.
    public static let year7 = YearGroup(unchecked: 7)

    /// Parses `R`, `YR`, `Reception`, `Y1`…`Y13`, `Year 1`…`Year 13` or `1`…`13` (any case).
    public init?(parsing text: String) {
        var value = text.lowercased().filter { !$0.isWhitespace }
        if ["r", "yr", "reception", "rec"].contains(value) {
            self.number = 0
            return
        }
        if value.hasPrefix("year") {
            value.removeFirst(4)
        } else if value.hasPrefix("y") {
            value.removeFirst()
        }
        guard !value.isEmpty, value.allSatisfy(\.isNumber), let number = Int(value), (1...13).contains(number) else {
            return nil
        }
        self.number = number
    }

    /// `R`, `Y1` … `Y13`.
    public var description: String { number == 0 ? "R" : "Y\(number)" }

    /// The next year group (`nil` after Year 13).
    public var next: YearGroup? { YearGroup(number: number + 1) }

    /// Orders Reception first.
    public static func < (lhs: YearGroup, rhs: YearGroup) -> Bool { lhs.number < rhs.number }

    /// Reception to Year 6.
    public static let primary: [YearGroup] = (0...6).map { YearGroup(unchecked: $0) }
    /// Year 7 to Year 11.
    public static let secondaryStatutory: [YearGroup] = (7...11).map { YearGroup(unchecked: $0) }
    /// Years 12 and 13.
    public static let sixthForm: [YearGroup] = (12...13).map { YearGroup(unchecked: $0) }
}
