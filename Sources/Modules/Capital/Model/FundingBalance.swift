/// Proto `cyphub.capital.v1.FundingBalance`: funding against spend in one year or over the programme (£000).
public struct FundingBalance: Codable, Sendable, Equatable {
    /// `2024/25`, or `2024/25 to 2027/28` for the whole programme.
    public var period: String
    /// Spend.
    public var spend: Double
    /// All funding.
    public var funding: Double
    /// Grants, external contributions and capital receipts.
    public var external: Double
    /// Reserves drawn (negative when set aside).
    public var reserve: Double
    /// The call on the council's own resources.
    public var council: Double
    /// Spend − funding: positive = unfunded.
    public var gap: Double

    /// The wire form of a position over `period`.
    public init(period: String, _ position: FundingPosition) {
        self.period = period
        spend = Thousands.figure(position.spendPounds)
        funding = Thousands.figure(position.fundingPounds)
        external = Thousands.figure(position.externalPounds)
        reserve = Thousands.figure(position.reservePounds)
        council = Thousands.figure(position.councilPounds)
        gap = Thousands.figure(position.gapPounds)
    }
}
