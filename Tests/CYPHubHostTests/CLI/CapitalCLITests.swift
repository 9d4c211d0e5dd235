import CYPHubCore
import CYPHubModules
import CYPHubTesting
import Foundation
import Testing

/// `cyp --json capital programme` against a real demo host prints seed 001's capital programme exactly.
@Suite struct CapitalCLITests {
    @Test func printsSeed001sProgrammeAsJSON() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true) { host in
            let result = try await CYPProcess.run(
                ["--server", host.address, "--json", "capital", "programme", "--authority", "E10000018"])
            #expect(result.status == 0, "\(result.stderr)")
            let programme = try #require(try JSONSerialization.jsonObject(with: result.json) as? [String: Any])
            #expect(programme["total"] as? Double == 89_801)
            #expect(programme["unit"] as? String == "£000")
            let byYear = (programme["byYear"] as? [[String: Any]])?.compactMap { $0["amount"] as? Double }
            #expect(byYear == [40_997, 37_537, 7_767, 3_500])
            let groups = (programme["groups"] as? [[String: Any]]) ?? []
            #expect(groups.compactMap { $0["title"] as? String } == ["Additional School Places", "SEND Programme", "Other Capital"])
            #expect(groups.compactMap { $0["total"] as? Double } == [63_555, 13_900, 12_346])
            #expect(
                groups.map { ($0["byYear"] as? [[String: Any]])?.compactMap { $0["amount"] as? Double } ?? [] } == [
                    [24_401, 33_487, 4_967, 700], [12_650, 1_250, 0, 0], [3_946, 2_800, 2_800, 2_800],
                ])
            let categories = (programme["categories"] as? [[String: Any]]) ?? []
            #expect(categories.compactMap { $0["total"] as? Double } == [63_555, 13_900, 8_000, 2_000, 1_200, 1_146])
            let funding = (programme["funding"] as? [[String: Any]]) ?? []
            #expect(funding.compactMap { $0["total"] as? Double } == [32_213, 29_398, 3_422, 266, 24_502])

            let table = try await CYPProcess.run(["--server", host.address, "capital", "programme", "--authority", "E10000018"])
            #expect(table.status == 0)
            #expect(table.stdout.contains("Overall total"))
            #expect(table.stdout.contains("89,801"))
        }
    }
}
