/// One year of a High Needs Block forecast, in £000 with the council's signs (income, surpluses and
/// savings negative; costs and deficits positive). Figures are unrounded; round only to show them.
public struct HighNeedsForecastYear: Sendable, Hashable, Codable {
    /// The financial year, `2024/25`.
    public var year: String
    /// High Needs DSG grant income (negative).
    public var grantIncome: Double
    /// Placement costs.
    public var placementCosts: Double
    /// Other High Needs Block costs.
    public var otherCosts: Double
    /// Commissioning costs of new places.
    public var commissioningCosts: Double
    /// Invest-to-save project costs.
    public var investToSaveCosts: Double
    /// Placement + other + commissioning + invest-to-save costs.
    public var totalExpenditure: Double
    /// Total expenditure + grant income (grant is negative): the gap before any savings.
    public var fundingGapPreSavings: Double
    /// Each workstream's savings this year, in plan order.
    public var savings: [WorkstreamSaving]
    /// The sum of the workstreams' (delivered) savings.
    public var totalSavings: Double
    /// Funding gap before savings + total savings: this year's addition to the deficit.
    public var annualFundingGap: Double
    /// The cumulative High Needs deficit at the start of the year (the previous year's carried figure;
    /// the plan's opening deficit in the first year).
    public var deficitBroughtForward: Double
    /// Brought forward + annual funding gap: the cumulative High Needs deficit at the year end.
    public var deficitCarriedForward: Double
    /// The other DSG blocks' surplus (negative) or deficit at the year end.
    public var otherDsgBlocks: Double
    /// Deficit carried forward + other DSG blocks: the whole DSG reserve position at the year end.
    public var dsgSurplusDeficit: Double
    /// Whether the grant income is not zero, so the two spend percentages below mean something.
    public var hasSpendPercent: Bool
    /// Total expenditure (before savings) ÷ −grant income × 100: the row "High Needs Spend as % of
    /// High Needs DSG". Leicestershire's table prints 122/130/139/148%, which no reading of its own
    /// lines gives (this one gives 121.3/129.5/137.8/146.7%; after savings 115.5-112.0%); this reading is
    /// the one whose trend matches and which the TSIL report states in words ("22% in excess of the
    /// grant" rising to "48%"). See `docs/modules/send.md`.
    public var highNeedsSpendPercentOfGrant: Double
    /// (Total expenditure + total savings) ÷ grant income × 100: spend after savings, for comparison.
    public var netSpendPercentOfGrant: Double
    /// Whether the plan gives the total DSG for this year (and it is not zero).
    public var hasTotalDsg: Bool
    /// The whole Dedicated Schools Grant for the year (0 when not given).
    public var totalDsg: Double
    /// DSG surplus/deficit ÷ total DSG × 100 (0 when the total DSG is not given).
    public var deficitPercentOfTotalDsg: Double
}
