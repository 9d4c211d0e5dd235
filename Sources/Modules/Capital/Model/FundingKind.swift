/// What kind of money a funding line is. Raw values are the CSV `kind` column and the wire names
/// (`FUNDING_KIND_CAPITAL_RECEIPT` is `capital_receipt`).
public enum FundingKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Government grants (Basic Need, Schools Condition / Strategic Maintenance, Devolved Formula Capital).
    case grant
    /// Developer (S106) and other external contributions.
    case externalContribution = "external_contribution"
    /// Capital receipts (asset sales) earmarked for the programme.
    case capitalReceipt = "capital_receipt"
    /// Earlier years' funding held in reserve: positive when drawn on, negative when set aside. The only
    /// kind that may be negative.
    case reserve
    /// The council's own discretionary capital funding: the call on its own resources.
    case council

    /// Grants, external contributions and capital receipts: money from outside the council's own
    /// resources and reserves.
    public var isExternal: Bool {
        switch self {
        case .grant, .externalContribution, .capitalReceipt: true
        case .reserve, .council: false
        }
    }

    /// A name for people.
    public var title: String {
        switch self {
        case .grant: "Grant"
        case .externalContribution: "External contribution"
        case .capitalReceipt: "Capital receipt"
        case .reserve: "Reserve"
        case .council: "Council"
        }
    }

    /// Every kind, for messages: `grant, external_contribution, …`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
