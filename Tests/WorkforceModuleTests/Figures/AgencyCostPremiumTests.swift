import Testing

@testable import WorkforceModule

@Suite("Agency cost premium")
struct AgencyCostPremiumTests {
    /// Seed 004: agency £5,440 a month against employed £3,495 a month.
    let seed004 = AgencyCostPremium(employedMonthly: 3_495, agencyMonthly: 5_440)

    @Test("Monthly premium and percentage reproduce seed 004")
    func monthly() throws {
        // 5,440 - 3,495 = 1,945 a month ("almost £2000/month/worker extra" in the seed)
        #expect(seed004.monthlyPremium == 1_945)
        // 1,945 / 3,495 = 0.556509... = 55.7%
        let fraction = try #require(seed004.premiumFraction)
        #expect(abs(fraction - 0.556_509) < 0.000_001)
        #expect((fraction * 1_000).rounded() / 10 == 55.7)
    }

    @Test("Annual figures per FTE")
    func annualPerFTE() {
        // 1,945 x 12 = 23,340; 5,440 x 12 = 65,280; 3,495 x 12 = 41,940
        #expect(seed004.annualPremium == 23_340)
        #expect(seed004.agencyAnnual == 65_280)
        #expect(seed004.employedAnnual == 41_940)
    }

    @Test("Annual cost of the agency share")
    func agencyShare() {
        // Synthetic demo return: 23 agency FTE.
        let cost = seed004.annualCost(agencyFTE: 23)
        // 23 x 65,280 = 1,501,440; 23 x 41,940 = 964,620; difference 23 x 23,340 = 536,820
        #expect(cost.agencyFTE == 23)
        #expect(cost.agencyAnnualCost == 1_501_440)
        #expect(cost.employedEquivalentAnnualCost == 964_620)
        #expect(cost.annualPremium == 536_820)
        #expect(cost.agencyAnnualCost - cost.employedEquivalentAnnualCost == cost.annualPremium)
    }

    @Test("Fractional agency FTE")
    func fractional() {
        // 12.5 x 23,340 = 291,750
        #expect(seed004.annualCost(agencyFTE: 12.5).annualPremium == 291_750)
        #expect(seed004.annualCost(agencyFTE: 0).annualPremium == 0)
    }

    @Test("Premium percentage is undefined with no employed cost")
    func undefined() {
        let premium = AgencyCostPremium(employedMonthly: 0, agencyMonthly: 5_440)
        #expect(premium.premiumFraction == nil)
        #expect(premium.monthlyPremium == 5_440)
    }
}
