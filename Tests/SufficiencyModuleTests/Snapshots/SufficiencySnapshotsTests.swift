import CYPHubCore
import CYPHubTesting
import Testing

@testable import SufficiencyModule

/// The module's snapshots over the demo data: one aggregate per census year, places against the forecast from it
/// by planning area, phase and year, and the specialist places when the SEND caseload is there.
@Suite struct SufficiencySnapshotsTests {
    static let leicestershire = "E10000018"

    func name(_ period: String, _ kind: SnapshotKind = .aggregate) -> SnapshotName {
        SnapshotName(module: "sufficiency", authority: Self.leicestershire, period: period, kind: kind)
    }

    /// The row keyed `key`, its values by column.
    func row(_ content: SnapshotContent, _ key: String) throws -> [String: SnapshotValue] {
        try #require(content.values(ofRow: key), "no row \(key)")
    }

    @Test func eachCensusYearIsAnAggregateSnapshotOfPlacesAgainstTheForecastFromIt() async throws {
        try await SufficiencyHandlersTests.withDemo { client, storage in
            let source = SufficiencySnapshots(handlers: SufficiencyHandlers(storage: storage))
            let names = try await source.availableSnapshots(authority: Self.leicestershire)
            #expect(names.map(\.period) == (2014...2023).map { "\($0)-\(($0 + 1) % 100)" })
            #expect(names.allSatisfy { $0.kind == .aggregate })
            #expect(try await source.availableSnapshots(authority: "E06000016").isEmpty)

            let content = try await source.snapshotContent(name("2023-24"))
            let report = try await client.sufficiency(authority: Self.leicestershire, baseYear: "2023/24")
            let areaRows = report.areas.reduce(0) { $0 + $1.years.count }
            #expect(Set(content.rows.map(\.key)).count == content.rows.count)
            // Every planning area's years, then the specialist forecast's years.
            #expect(content.rows.filter { !$0.key.hasPrefix("all/specialist/") }.count == areaRows)
            let area = try #require(report.areas.first)
            let year = try #require(area.years.last)
            let dashed = String(year.academicYear.map { $0 == "/" ? "-" : $0 })
            let shown = try row(content, "\(area.planningArea)/\(area.phase.rawValue)/\(dashed)")
            #expect(shown["pupils"] == .integer(Int64(year.pupils)))
            #expect(shown["capacity"] == .integer(Int64(year.capacity)))
            #expect(shown["status"] == .text(year.status.rawValue))
            // Shortfalls and surpluses are never netted: one of the two is 0, the other capacity less pupils.
            #expect(
                (shown["spare_places"], shown["places_needed"])
                    == (.integer(Int64(max(0, year.capacity - year.pupils))), .integer(Int64(max(0, year.pupils - year.capacity)))))

            // Specialist: 1,060 primary-age and 1,490 secondary-age children with an EHCP in specialist provision at
            // 18 January 2024 = 2,550 against 1,890 places, 660 needed.
            let specialist = try #require(content.rows.first { $0.key.hasPrefix("all/specialist/") })
            let first = try row(content, specialist.key)
            #expect(first["pupils"] == .integer(2_550))
            #expect(first["capacity"] == .integer(1_890))
            #expect(first["places_needed"] == .integer(660))
            #expect(first["suppressed"] == .text(""))
        }
    }

    @Test func aSmallSpecialistBaseIsWithheldWithTheDemandAndPlacesItGivesAway() throws {
        func content(primary: Int) -> SnapshotContent {
            SnapshotContent(
                columns: SufficiencySnapshots.columns,
                rows: SufficiencySnapshots.specialistRows(
                    SpecialistPlacesSmallNumbersTests.report(primary: primary).suppressingSmallNumbers()))
        }
        let small = content(primary: 3)
        #expect(small.rows.map(\.key) == ["all/specialist/2024-25", "all/specialist/2025-26"])
        let first = try row(small, "all/specialist/2024-25")
        #expect(first["pupils"] == .integer(0))
        #expect(first["spare_places"] == .integer(0))
        #expect(first["capacity"] == .integer(210))
        #expect(first["suppressed"] == .text("pupils,places_needed,spare_places"))
        // 200 secondary-age children, nothing small: shown.
        let large = try row(content(primary: 30), "all/specialist/2024-25")
        #expect(large["pupils"] == .integer(230))
        #expect(large["suppressed"] == .text(""))
    }

    @Test func recordsACensusYearNotHeldAndAYearWithASlashAreRefused() async throws {
        try await SufficiencyHandlersTests.withDemo { _, storage in
            let source = SufficiencySnapshots(handlers: SufficiencyHandlers(storage: storage))
            let records = await #expect(throws: RPCError.self) { _ = try await source.snapshotContent(name("2023-24", .records)) }
            #expect(records?.code == .notFound)
            #expect(
                records?.message
                    == "the sufficiency module publishes no record snapshots (its records are schools' numbers on roll): "
                    + "snapshot sufficiency/E10000018/2023-24/records does not exist")
            let notHeld = await #expect(throws: RPCError.self) { _ = try await source.snapshotContent(name("2024-25")) }
            #expect(notHeld?.code == .notFound)
            #expect(notHeld?.message == "no numbers on roll for the 2024/25 census for E10000018: no forecast from it")
            let slash = await #expect(throws: RPCError.self) { _ = try await source.snapshotContent(name("2023/24")) }
            #expect(slash?.code == .invalidArgument)
            #expect(slash?.message == "period: '2023/24' is not a census year like 2023-24")
        }
    }
}
