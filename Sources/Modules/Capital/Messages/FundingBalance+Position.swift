extension FundingBalance {
    /// Funding against spend over `period` (a year, or `2024/25 to 2027/28`), in £000.
    public init(period: String, _ position: FundingPosition) {
        self.init(
            period: period, spend: Thousands.figure(position.spendPounds), funding: Thousands.figure(position.fundingPounds),
            external: Thousands.figure(position.externalPounds), reserve: Thousands.figure(position.reservePounds),
            council: Thousands.figure(position.councilPounds), gap: Thousands.figure(position.gapPounds))
    }
}
