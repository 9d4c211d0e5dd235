/// The categories of one group (e.g. `Other Capital`): spend by year and gross cost.
public struct GroupSpend: Sendable, Hashable {
    /// The group's title.
    public var title: String
    /// Its categories' slugs, in programme order.
    public var categories: [String]
    /// Their gross cost, in pounds.
    public var grossCostPounds: Int
    /// Their spend by year.
    public var spend: YearAmounts

    /// Creates a total.
    public init(title: String, categories: [String] = [], grossCostPounds: Int = 0, spend: YearAmounts = YearAmounts()) {
        self.title = title
        self.categories = categories
        self.grossCostPounds = grossCostPounds
        self.spend = spend
    }
}
