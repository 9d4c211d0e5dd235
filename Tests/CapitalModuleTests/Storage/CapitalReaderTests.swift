import CYPHubCore
import CYPHubTesting
import Testing

@testable import CapitalModule

@Suite("CapitalReader: what the sufficiency module reads")
struct CapitalReaderTests {
    @Test("versions and placesProjects return what was imported")
    func readsImports() async throws {
        let (versions, newest, named, missing, installed) = try await TestHost.withRunning(
            modules: [CapitalModule()], mode: .inProcess
        ) { host in
            let client = CapitalClient(caller: try await host.caller())
            _ = try await client.importProgramme(SmallProgramme.request())
            _ = try await client.importProgramme(
                SmallProgramme.request(
                    version: "2024-06-01", projects: CompareVersionsTests.laterProjects, spend: CompareVersionsTests.laterSpend,
                    funding: nil))
            return try await host.storage.read { db in
                (
                    try CapitalReader.versions(db, authority: "e10000018"),
                    try CapitalReader.placesProjects(db, authority: "E10000018", version: nil),
                    try CapitalReader.placesProjects(db, authority: "E10000018", version: "2024-01-01"),
                    try CapitalReader.placesProjects(db, authority: "E10000018", version: "2020-01-01"),
                    try CapitalReader.isInstalled(db)
                )
            }
        }
        #expect(installed)
        #expect(versions.map(\.version) == ["2024-06-01", "2024-01-01"])
        #expect(versions.last?.label == "Test programme 2024-01-01")
        #expect(versions.last?.firstYear == FinancialYear(startYear: 2024))
        #expect(versions.last?.lastYear == FinancialYear(startYear: 2026))
        #expect(versions.last?.importedAt.isEmpty == false)
        let latest = try #require(newest)
        #expect(latest.version.version == "2024-06-01")
        #expect(latest.projects.map(\.projectID) == ["A", "B", "C", "F"])
        let older = try #require(named)
        #expect(older.version.version == "2024-01-01")
        // E adds no places, so it is not a places project.
        #expect(older.projects.map(\.projectID) == ["A", "B", "C", "D"])
        let a = try #require(older.projects.first)
        #expect(
            a
                == PlacesProject(
                    projectID: "A", name: "Primary A", category: "additional_school_places", places: 200, planningArea: "P01",
                    phase: .primary, openingYear: AcademicYear(startYear: 2025), grossCostPounds: 4_000_000))
        #expect(older.projects.last?.phase == .specialist)
        #expect(older.projects.last?.costPerPlacePounds == 60_000)
        #expect(CostPerPlace.byPhase(older.projects).map(\.places) == [300, 250, 40])
        #expect(missing == nil)
    }

    @Test("Nothing held, or the module not installed, reads as nothing")
    func empty() async throws {
        let bare = try Storage.inMemory()
        let (installed, versions, projects) = try await bare.read { db in
            (
                try CapitalReader.isInstalled(db), try CapitalReader.versions(db, authority: "E10000018"),
                try CapitalReader.placesProjects(db, authority: "E10000018", version: nil)
            )
        }
        #expect(installed == false)
        #expect(versions.isEmpty)
        #expect(projects == nil)
        let none = try await TestHost.withRunning(modules: [CapitalModule()], mode: .inProcess) { host in
            try await host.storage.read { db in try CapitalReader.placesProjects(db, authority: "E10000018", version: nil) }
        }
        #expect(none == nil)
    }
}
