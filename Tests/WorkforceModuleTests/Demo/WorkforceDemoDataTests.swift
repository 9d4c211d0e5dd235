import CYPHubCore
import CYPHubTesting
import Testing

@testable import WorkforceModule

@Suite("Workforce demo data")
struct WorkforceDemoDataTests {
    @Test("loadDemoData stores the establishment, the synthetic return and the pay rates")
    func loads() async throws {
        try await withWorkforce(demoData: true) { client in
            // 641 + 623 = 1,264 (seed 000)
            #expect(try await client.establishment(authority: "E06000016").headcount == 1_264)
            // 23 / 120 agency (synthetic, "just under 20%" per seed 004)
            let summary = try await client.summary(authority: "E06000016")
            #expect(try #require(summary.total?.agency).percent < 20)
            #expect(summary.source.hasPrefix("SYNTHETIC"))
            // 1,945 a month (seed 004)
            #expect(try await client.agencyCost(authority: "E06000016").monthlyPremium == 1_945)
        }
    }

    @Test("Every demo file names its dataset and parses")
    func files() throws {
        #expect(WorkforceDemoData.files.map(\.dataset) == [.establishment, .staffReturn, .payRates])
        #expect(try WorkforceImporter.establishment(csv: WorkforceDemoData.establishment, fileName: "e").count == 14)
        #expect(try WorkforceImporter.staffReturn(csv: WorkforceDemoData.staffReturn, fileName: "s").count == 3)
        #expect(try WorkforceImporter.payRates(csv: WorkforceDemoData.payRates, fileName: "p").count == 2)
    }
}
