/// A breakdown line of a savings workstream as shown in a forecast (£000 per year, savings negative).
public struct SavingsBreakdownLine: Sendable, Hashable, Codable {
    /// The line's name.
    public var name: String
    /// One figure per forecast year (delivery % applied).
    public var amounts: [Double]
}
