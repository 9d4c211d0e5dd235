/// How a value is compared with its target (`>97.2%`, `<20.8%`).
///
/// Raw values are the wire names (`TARGET_COMPARATOR_GREATER_THAN` -> `"greater_than"`).
public enum TargetComparator: String, Sendable, Hashable, CaseIterable, Codable {
    /// Met when the value is strictly above the target (`>`).
    case greaterThan = "greater_than"
    /// Met when the value is at or above the target (`>=`).
    case greaterOrEqual = "greater_or_equal"
    /// Met when the value is strictly below the target (`<`).
    case lessThan = "less_than"
    /// Met when the value is at or below the target (`<=`).
    case lessOrEqual = "less_or_equal"
    /// Met when the value equals the target at the indicator's displayed precision (`=`).
    case equal

    /// The symbol used in CSV files and in displayed targets.
    public var symbol: String {
        switch self {
        case .greaterThan: ">"
        case .greaterOrEqual: ">="
        case .lessThan: "<"
        case .lessOrEqual: "<="
        case .equal: "="
        }
    }

    /// The comparator written as `symbol` (`">="`), or `nil`.
    public init?(symbol: String) {
        guard let match = Self.allCases.first(where: { $0.symbol == symbol }) else { return nil }
        self = match
    }

    /// The comparator a polarity implies when an average stands in for a missing target: at least as good
    /// as the average (`>=` when high is good, `<=` when low is good); `nil` when polarity is `none`.
    public static func implied(by polarity: Polarity) -> TargetComparator? {
        switch polarity {
        case .none: nil
        case .highIsGood: .greaterOrEqual
        case .lowIsGood: .lessOrEqual
        }
    }
}
