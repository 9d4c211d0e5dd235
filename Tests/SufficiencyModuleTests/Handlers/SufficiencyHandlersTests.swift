import CYPHubCore
import CYPHubTesting
import CapitalModule
import Foundation
import SENDModule
import Testing

@testable import SufficiencyModule

/// The module's methods over the demo data, on an in-process test host: every call goes through the real
/// protobuf-c codec and the host's dispatch table.
@Suite struct SufficiencyHandlersTests {
    /// Runs `body` with a client and the storage of a host with the SEND, capital and sufficiency modules and their
    /// demo data (each loaded by the module's `loadDemoData`, through its own importer).
    static func withDemo<T: Sendable>(
        settings: [String: SettingValue] = [:],
        _ body: (SufficiencyClient, Storage) async throws -> T
    ) async throws -> T {
        try await TestHost.withRunning(
            modules: [SENDModule(), CapitalModule(), SufficiencyModule()], moduleSettings: ["sufficiency": settings],
            demoData: true, mode: .inProcess
        ) { host in
            try await body(SufficiencyClient(caller: try await host.caller()), host.storage)
        }
    }

    @Test func theDemoHoldsTenCensusYearsOfElevenAreas() async throws {
        try await Self.withDemo { client, storage in
            let list = try await client.planningAreas(authority: "E10000018")
            #expect(list.areas.count == 11)
            #expect(list.censusYears.first == "2014/15")
            #expect(list.censusYears.last == "2023/24")
            #expect(list.censusYears.count == 10)
            // Each area's base-year roll in the forecast is the sum of its schools' imported rows.
            let forecast = try await client.forecast(authority: "E10000018")
            let sums = try await storage.read { db in
                try db.rows(
                    """
                    SELECT s.planning_area AS area, SUM(n.pupils) AS pupils FROM suf_nor n
                    JOIN suf_schools s ON s.authority = n.authority AND s.urn = n.urn AND s.phase <> 'specialist'
                    WHERE n.academic_year = 2023 GROUP BY s.planning_area
                    """
                ).reduce(into: [String: Int]()) { $0[try $1.string("area")] = try $1.int("pupils") }
            }
            #expect(forecast.areas.count == 10)
            for area in forecast.areas {
                #expect(area.years.first?.totalRounded == sums[area.planningArea], "\(area.planningArea)")
                #expect(area.years.count == (area.phase == .primary ? 6 : 8))
            }
            #expect(forecast.data.map(\.dataset).contains("number_on_roll"))
            #expect(forecast.forecastId == 0)
        }
    }

    @Test func theDemoShowsShortfallsAndSurplusesSeparately() async throws {
        try await Self.withDemo { client, _ in
            let report = try await client.sufficiency(authority: "E10000018")
            #expect(report.baseYear == "2023/24")
            #expect(report.targetMinPercent == 2 && report.targetMaxPercent == 5)
            for total in report.totals {
                let lines = report.areas.filter { $0.phase == total.phase }.compactMap { area in
                    area.years.first { $0.academicYear == total.academicYear }
                }
                #expect(total.totalShortfall == lines.reduce(0) { $0 + $1.placesNeeded })
                #expect(total.totalSurplus == lines.reduce(0) { $0 + $1.sparePlaces })
                #expect(total.capacity - total.pupils == total.totalSurplus - total.totalShortfall)
            }
            let primary2028 = try #require(report.totals.first { $0.phase == .primary && $0.academicYear == "2028/29" })
            #expect(primary2028.totalShortfall > 0)
            #expect(primary2028.totalSurplus > 0)
            #expect(report.areas.contains { area in area.years.contains { $0.status == .shortfall } })
            #expect(report.areas.contains { area in area.years.contains { $0.status == .aboveTarget } })
        }
    }

    @Test func theLinkAddsTheNewestProgrammesPlacesAndShowsASlip() async throws {
        try await Self.withDemo { client, _ in
            let newest = try await client.placesGap(authority: "E10000018")
            #expect(newest.capitalVersion == "2024-01-23")
            // Demo projects: ASP01 420 primary places in P01 from 2025/26.
            let p01 = try #require(newest.areas.first { $0.planningArea == "P01" })
            #expect(p01.projects.map(\.projectId) == ["ASP01"])
            #expect(p01.years.map(\.plannedPlaces) == [0, 420, 420, 420, 420])
            for year in p01.years {
                #expect(year.remainingGap == max(0, year.shortfall - year.plannedPlaces))
            }
            // Cost per place, primary: (11,200 + 15,600 + 4,350) £000 over 420 + 630 + 210 places = £24,722.22.
            let primary = try #require(newest.phases.first { $0.phase == .primary })
            #expect(abs(primary.costPerPlace - 31_150_000.0 / 1_260) < 1e-6)
            #expect(primary.totalPlanned == 1_260)
            #expect(primary.remainingGap == newest.areas.filter { $0.phase == .primary }.reduce(0) { $0 + $1.peakRemainingGap })
            #expect(abs(primary.costToClose - Double(primary.remainingGap) * 31_150_000.0 / 1_260) < 1e-3)
            // ASP06 (180 places in S02) opened in 2026/27 in the draft and slipped to 2027/28: 2026/27 is left short.
            let slipped = try #require(newest.areas.first { $0.planningArea == "S02" }?.years.first { $0.academicYear == "2026/27" })
            let draft = try await client.placesGap(authority: "E10000018", planningArea: "S02", capitalVersion: "2023-10-10")
            let onTime = try #require(draft.areas.first?.years.first { $0.academicYear == "2026/27" })
            #expect(slipped.shortfall > 0)
            #expect(slipped.remainingGap == slipped.shortfall)
            #expect(onTime.plannedOpening == 180)
            #expect(onTime.remainingGap == 0)
            // One area asked for: the authority view counts only its projects.
            #expect(draft.phases.map(\.totalPlanned) == [180])
            await #expect {
                _ = try await client.placesGap(authority: "E10000018", capitalVersion: "2022-01-01")
            } throws: { error in
                (error as? RPCError)?.code == .notFound && "\(error)".contains("2024-01-23")
            }
        }
    }

    @Test func specialistDemandComesFromTheSENDCaseload() async throws {
        try await Self.withDemo { client, _ in
            let report = try await client.specialist(authority: "E10000018")
            // SEND demo, Spring 2024: aged 5-10, 720 special + 200 resourced + 140 independent = 1,060;
            // aged 11-15, 940 + 220 + 330 = 1,490.
            #expect(report.caseloadAsAt == "2024-01-18")
            #expect(report.primaryBase == 1_060)
            #expect(report.secondaryBase == 1_490)
            // EHCP total 4,267 (2020-01-16) to 7,050 (2024-01-18, synthetic): 1,463 days.
            let growth = pow(7_050.0 / 4_267, 365.25 / 1_463) - 1
            #expect(abs(report.annualGrowthPercent - growth * 100) < 1e-9)
            // Specialist places: 230+270 + 290+330 + 170+210 + 0+260 + 40 + 60 + 30 = 1,890.
            #expect(report.years.first?.capacity == 1_890)
            #expect(report.years.first?.demand == 2_550)
            #expect(report.years.first?.placesNeeded == 660)
        }
    }

    @Test func storedBackcastsAreMeasured() async throws {
        try await Self.withDemo { client, _ in
            let report = try await client.accuracy(authority: "E10000018")
            #expect(report.forecasts == 3)
            #expect(report.horizons == [1, 2])
            // Base years 2020/21, 2021/22 and 2022/23: three one-year comparisons per phase, two two-year ones.
            #expect(report.summaries.first { $0.phase == .primary && $0.horizonYears == 1 }?.comparisons == 3)
            #expect(report.summaries.first { $0.phase == .secondary && $0.horizonYears == 2 }?.comparisons == 2)
            for line in report.lines where line.hasError {
                #expect(abs(line.errorPercent - (line.forecast - Double(line.actual)) / Double(line.actual) * 100) < 1e-9)
            }
            // Storing another forecast for a base year replaces it in the report (the newest per base year).
            let stored = try await client.forecast(authority: "E10000018", baseYear: "2022/23", store: true)
            #expect(stored.forecastId > 0)
            let again = try await client.accuracy(authority: "E10000018")
            #expect(again.forecasts == 3)
            #expect(again.lines.contains { $0.forecastId == stored.forecastId })
        }
    }

    @Test func theCapacityReturnHasFourTables() async throws {
        try await Self.withDemo { client, _ in
            let result = try await client.capacityReturn(authority: "E10000018")
            #expect(
                result.files.map(\.name) == [
                    "scap_school_capacity.csv", "scap_pupil_forecasts.csv", "scap_specialist_forecasts.csv", "scap_planned_places.csv",
                ])
            // 15 primary, 8 secondary and 7 specialist rows; 6 primary areas × 6 years + 4 secondary × 8.
            #expect(result.files[0].rows == 30)
            #expect(result.files[1].rows == 68)
            #expect(result.files[2].rows == 8)
            // The two demo place changes open within three years of 2023/24.
            #expect(result.files[3].csv.contains("Booth Wood expansion"))
            let forecastLines = result.files[1].csv.split(separator: "\r\n")
            #expect(forecastLines.first?.hasPrefix("authority_code,planning_area,planning_area_name,phase,academic_year,type,R,Y1") == true)
        }
    }

    @Test func requestsNameTheFieldThatIsWrong() async throws {
        try await Self.withDemo { client, _ in
            await #expect {
                _ = try await client.forecast(authority: "E10000018", baseYear: "2030/31")
            } throws: { error in
                (error as? RPCError)?.code == .notFound && "\(error)".contains("base_year")
            }
            await #expect {
                _ = try await client.forecast(authority: "E10000018", baseYear: "2030")
            } throws: { error in
                (error as? RPCError)?.code == .invalidArgument
            }
            await #expect {
                _ = try await client.sufficiency(authority: "leicestershire")
            } throws: { error in
                (error as? RPCError)?.code == .invalidArgument && "\(error)".contains("authority")
            }
            await #expect {
                _ = try await client.forecast(authority: "E10000018", phase: .specialist)
            } throws: { error in
                (error as? RPCError)?.code == .invalidArgument
            }
            await #expect {
                _ = try await client.forecast(authority: "E10000018", planningArea: "NOPE")
            } throws: { error in
                (error as? RPCError)?.code == .notFound
            }
            await #expect {
                _ = try await client.sufficiency(authority: "E06000016")
            } throws: { error in
                (error as? RPCError)?.code == .notFound
            }
        }
    }

    @Test func settingsAreReadAndCheckedAtStartUp() async throws {
        try await Self.withDemo(settings: [
            "survivalYears": .number(5), "surplusTargetPercent": .object(["min": .number(1), "max": .number(8)]),
            "accuracyHorizons": .array([.number(1), .number(3)]),
        ]) { client, _ in
            let forecast = try await client.forecast(authority: "E10000018", planningArea: "P01")
            #expect(forecast.survivalYears == 5)
            #expect(forecast.areas.first?.ratios.first { $0.transition == "R>Y1" }?.history.count == 5)
            let report = try await client.sufficiency(authority: "E10000018")
            #expect(report.targetMinPercent == 1 && report.targetMaxPercent == 8)
        }
        for bad: [String: SettingValue] in [
            ["survivalYears": .number(0)], ["surplusTargetPercent": .object(["min": .number(6), "max": .number(5)])],
            ["housingProfilePrimary": .array([.number(1)])], ["costPerPlace": .object(["nursery": .number(1)])],
            // The proto enum's default value is not a phase.
            ["costPerPlace": .object(["unspecified": .number(1)])],
        ] {
            #expect(await startUpError(settings: bad) is ConfigError, "\(bad)")
        }
    }
}
