import CYPHubCore
import Testing

@testable import CapitalModule

@Suite("Capital figures")
struct CapitalFiguresTests {
    @Test("Rephasing compares cumulative spend year by year")
    func rephasing() {
        #expect(Rephasing.between(cumulativeBefore: [10, 20, 30], cumulativeAfter: [10, 20, 30]) == .none)
        #expect(Rephasing.between(cumulativeBefore: [10, 20, 30], cumulativeAfter: [0, 20, 30]) == .slipped)
        #expect(Rephasing.between(cumulativeBefore: [10, 20, 30], cumulativeAfter: [20, 30, 30]) == .accelerated)
        #expect(Rephasing.between(cumulativeBefore: [10, 20, 30], cumulativeAfter: [20, 10, 30]) == .mixed)
    }

    @Test("S106: dwellings × yield × cost per place, specialist at the multiplier × the mean")
    func s106() {
        let rates = S106Rates(
            yieldPerDwelling: [.primary: 0.25, .secondary: 0.2, .specialist: 0.01], primaryCostPerPlacePounds: 20_000,
            secondaryCostPerPlacePounds: 30_000, specialistCostMultiplier: 3
        )
        let contribution = S106Contribution(dwellings: 300, rates: rates)
        // 75 × 20,000 = 1,500,000; 60 × 30,000 = 1,800,000; 3 × 3 × 25,000 = 225,000.
        #expect(contribution.lines.map(\.contributionPounds).map { $0.rounded() } == [1_500_000, 1_800_000, 225_000])
        #expect(contribution.lines[2].costPerPlacePounds == 75_000)
        #expect(abs(contribution.totalPounds - 3_525_000) < 1e-6)
    }

    @Test("Funding position: external, reserve and council, and the gap")
    func position() {
        var position = FundingPosition(spendPounds: 1_000)
        position.add(funding: 300, kind: .grant)
        position.add(funding: 200, kind: .externalContribution)
        position.add(funding: 100, kind: .capitalReceipt)
        position.add(funding: -50, kind: .reserve)
        position.add(funding: 25, kind: .council)
        #expect(position.externalPounds == 600)
        #expect(position.fundingPounds == 575)
        #expect(position.gapPounds == 425)
    }

    @Test("Categories: known slugs have defaults; others get a title from the slug")
    func categories() {
        #expect(CapitalCategory.known("send_programme")?.group == "SEND Programme")
        #expect(CapitalCategory.known.filter { $0.group == CapitalCategory.otherCapital }.count == 4)
        #expect(CapitalCategory.defaultTitle("home_to_school_transport") == "Home To School Transport")
    }
}
