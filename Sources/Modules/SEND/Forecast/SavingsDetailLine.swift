/// One line of a savings workstream's breakdown (for example "Reduced Mainstream EHCP Cost" within the
/// TSIL programme), with one figure (£000, savings negative) per plan year.
public struct SavingsDetailLine: Sendable, Hashable {
    /// The line's name as the council prints it.
    public var name: String
    /// One figure per plan year, in year order.
    public var amounts: [Double]

    /// Creates a breakdown line.
    public init(name: String, amounts: [Double]) {
        self.name = name
        self.amounts = amounts
    }
}
