extension FundingKind {
    /// The kinds a funding row may have, in this order: every case but ``unspecified``. The raw values are the
    /// CSV `kind` column's values.
    public static let kinds: [FundingKind] = [.grant, .externalContribution, .capitalReceipt, .reserve, .council]

    /// Grants, external contributions and capital receipts: money from outside the council's own
    /// resources and reserves.
    public var isExternal: Bool {
        switch self {
        case .grant, .externalContribution, .capitalReceipt: true
        case .unspecified, .reserve, .council: false
        }
    }

    /// A name for people.
    public var title: String {
        switch self {
        case .unspecified: "Unspecified"
        case .grant: "Grant"
        case .externalContribution: "External contribution"
        case .capitalReceipt: "Capital receipt"
        case .reserve: "Reserve"
        case .council: "Council"
        }
    }

    /// Every kind a row may have, for messages: `grant, external_contribution, …`.
    public static var names: String { kinds.map(\.rawValue).joined(separator: ", ") }
}
