import Testing

@testable import SocialCareModule

@Suite("DemandFigures")
struct DemandFiguresTests {
    @Test("rates per 10,000 children aged 0-17 are computed, not imported")
    func rates() throws {
        let figures = SeedTable.octoberFigures.demand
        // CP: 415 / 88,726 × 10,000 = 46.773 → published 47.
        let cp = try #require(figures.childProtectionRate)
        #expect(abs(cp - 46.77321) < 0.00001)
        #expect(FigureText.rounded(cp, decimals: 0) == 47)
        // CLA: 602 / 88,726 × 10,000 = 67.849 → 68.
        let cla = try #require(figures.childrenLookedAfterRate)
        #expect(abs(cla - 67.84933) < 0.00001)
        #expect(FigureText.rounded(cla, decimals: 0) == 68)
        // CIN: 2,009 / 88,726 × 10,000 = 226.427 → 226.
        let cin = try #require(figures.childrenInNeedRate)
        #expect(abs(cin - 226.42743) < 0.00001)
        #expect(FigureText.rounded(cin, decimals: 0) == 226)
    }

    @Test("CASS open is in care (S20) plus care leavers")
    func cass() {
        // 67 + 37 = 104, as the seed's note breaks it down.
        #expect(SeedTable.octoberFigures.demand.cassOpen == 104)
    }

    @Test("no children: rates undefined rather than infinite")
    func noChildren() {
        var figures = SeedTable.octoberFigures.demand
        figures.childrenAged0To17 = 0
        #expect(figures.childProtectionRate == nil)
        #expect(DemandFigures.ratePer10000(5, -1) == nil)
    }
}
