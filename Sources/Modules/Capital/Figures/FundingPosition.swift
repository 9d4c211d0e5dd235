/// Funding against spend over a period (one year or the whole programme), in pounds.
public struct FundingPosition: Sendable, Hashable {
    /// Spend.
    public var spendPounds: Int
    /// Grants, external contributions and capital receipts.
    public var externalPounds: Int
    /// Reserves drawn (negative when set aside).
    public var reservePounds: Int
    /// The council's own discretionary funding: the call on its own resources.
    public var councilPounds: Int

    /// Creates a position.
    public init(spendPounds: Int = 0, externalPounds: Int = 0, reservePounds: Int = 0, councilPounds: Int = 0) {
        self.spendPounds = spendPounds
        self.externalPounds = externalPounds
        self.reservePounds = reservePounds
        self.councilPounds = councilPounds
    }

    /// All funding: external + reserve + council.
    public var fundingPounds: Int { externalPounds + reservePounds + councilPounds }

    /// Spend − funding: positive when spend is unfunded, negative when funding exceeds spend.
    public var gapPounds: Int { spendPounds - fundingPounds }

    /// Adds a funding amount of `kind`. A row of no kind is not funding (the importer refuses one and the table
    /// cannot hold one).
    public mutating func add(funding amount: Int, kind: FundingKind) {
        switch kind {
        case .unspecified: break
        case .grant, .externalContribution, .capitalReceipt: externalPounds += amount
        case .reserve: reservePounds += amount
        case .council: councilPounds += amount
        }
    }
}
