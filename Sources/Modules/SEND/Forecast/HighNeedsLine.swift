/// A line of a High Needs Block forecast other than a savings workstream.
///
/// Signs follow the council's table: income and surpluses are negative, costs and deficits positive,
/// all in £000.
public enum HighNeedsLine: String, Sendable, Hashable, CaseIterable, Codable {
    /// High Needs DSG grant income (negative).
    case grantIncome = "grant_income"
    /// Placement costs: special schools, independent specialist, mainstream top-ups, post-16.
    case placementCosts = "placement_costs"
    /// Other High Needs Block costs (support services, pupil referral units, and so on).
    case otherCosts = "other_costs"
    /// Commissioning costs of new local specialist places.
    case commissioningCosts = "commissioning_costs"
    /// Invest-to-save project costs (for example the TSIL programme).
    case investToSaveCosts = "invest_to_save_costs"
    /// The cumulative surplus (negative) or deficit on the other DSG blocks at each year end.
    case otherDsgBlocks = "other_dsg_blocks"
    /// The whole Dedicated Schools Grant for the year (positive), the base of "deficit as % of total DSG".
    case totalDsg = "total_dsg"

    /// Whether the line adds to total High Needs expenditure.
    public var isExpenditure: Bool {
        switch self {
        case .placementCosts, .otherCosts, .commissioningCosts, .investToSaveCosts: true
        case .grantIncome, .otherDsgBlocks, .totalDsg: false
        }
    }

    /// The line's name as the council's table prints it.
    public var title: String {
        switch self {
        case .grantIncome: "Grant Income"
        case .placementCosts: "Placement Costs"
        case .otherCosts: "Other HNB Cost"
        case .commissioningCosts: "Commissioning Cost - New Places"
        case .investToSaveCosts: "Invest to Save Project Costs"
        case .otherDsgBlocks: "Surplus (-ve) / Deficit Other DSG Blocks"
        case .totalDsg: "Total DSG"
        }
    }
}
