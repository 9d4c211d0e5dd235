extension TargetComparator {
    /// Every comparator a target can have (all but `unspecified`), in proto order.
    public static let comparators: [TargetComparator] = allCases.filter { $0 != .unspecified }

    /// The symbol used in CSV files and in displayed targets (`>`, `>=`, `<`, `<=`, `=`); empty for
    /// `unspecified`.
    public var symbol: String {
        switch self {
        case .unspecified: ""
        case .greaterThan: ">"
        case .greaterOrEqual: ">="
        case .lessThan: "<"
        case .lessOrEqual: "<="
        case .equal: "="
        }
    }

    /// The comparator written as `symbol` (`">="`), or `nil`.
    public init?(symbol: String) {
        guard let match = Self.comparators.first(where: { $0.symbol == symbol }) else { return nil }
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
