/// A savings workstream's breakdown lines reconciled with the workstream's own yearly figures.
///
/// `differences[i] = lineTotals[i] − workstreamTotals[i]`: 0 when the breakdown adds up to the
/// figure the forecast uses, otherwise the amount the council's two tables disagree by.
public struct SavingsBreakdown: Sendable, Hashable, Codable {
    /// The workstream's name.
    public var workstream: String
    /// The forecast years, `2024/25`, aligned with every array below.
    public var years: [String]
    /// The breakdown lines.
    public var lines: [SavingsBreakdownLine]
    /// The sum of the lines per year.
    public var lineTotals: [Double]
    /// The workstream's own figure per year (the one the forecast uses).
    public var workstreamTotals: [Double]
    /// Line totals − workstream figures, per year.
    public var differences: [Double]
}
