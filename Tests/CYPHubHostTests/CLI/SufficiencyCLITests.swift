import CYPHubCore
import CYPHubModules
import CYPHubTesting
import CapitalModule
import Foundation
import SufficiencyModule
import Testing

/// `cyp sufficiency …` against a real demo host: the JSON documents are the module's responses, tables are
/// laid out for people, and bad input exits non-zero naming what was wrong.
@Suite struct SufficiencyCLITests {
    @Test func printsForecastsPlacesAndTheGapAsJSONAndTables() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true) { host in
            let server = ["--server", host.address]
            let places = try await CYPProcess.run(server + ["--json", "sufficiency", "places", "--authority", "E10000018"])
            #expect(places.status == 0, "\(places.stderr)")
            let report = try JSONDecoder().decode(SufficiencyReport.self, from: places.json)
            #expect(report.baseYear == "2023/24")
            #expect(report.areas.count == 10)
            #expect(report.totals.contains { $0.totalShortfall > 0 && $0.totalSurplus > 0 })

            // Global options after the command mean the same.
            let forecast = try await CYPProcess.run(
                ["sufficiency", "forecast", "--authority", "E10000018", "--area", "P01", "--json"] + server)
            #expect(forecast.status == 0, "\(forecast.stderr)")
            let decoded = try JSONDecoder().decode(PupilForecast.self, from: forecast.json)
            #expect(decoded.areas.map(\.planningArea) == ["P01"])
            #expect(decoded.areas.first?.ratios.first?.transition == "births>R")

            let gap = try await CYPProcess.run(server + ["--json", "sufficiency", "gap", "--authority", "E10000018"])
            #expect(gap.status == 0, "\(gap.stderr)")
            let link = try JSONDecoder().decode(PlacesGapReport.self, from: gap.json)
            #expect(Set(link.phases.map(\.phase)) == [.primary, .secondary, .specialist])

            let table = try await CYPProcess.run(server + ["sufficiency", "places", "--authority", "E10000018"])
            #expect(table.status == 0)
            #expect(table.stdout.contains("Authority totals (shortfalls and surpluses are summed separately, never netted)"))
            #expect(table.stdout.contains("P01 Coalville and Ashby (synthetic)"))

            for command in [
                ["areas"], ["accuracy"], ["specialist"], ["capacity-return"],
            ] {
                let result = try await CYPProcess.run(server + ["--json", "sufficiency"] + command + ["--authority", "E10000018"])
                #expect(result.status == 0, "\(command): \(result.stderr)")
                #expect((try? JSONSerialization.jsonObject(with: result.json)) != nil, "\(command) did not print JSON")
                let people = try await CYPProcess.run(server + ["sufficiency"] + command + ["--authority", "E10000018"])
                #expect(people.status == 0, "\(command): \(people.stderr)")
                #expect(!people.stdout.isEmpty)
            }
        }
    }

    @Test func aBadImportExitsNonZeroNamingFileLineAndColumn() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true) { host in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyp-import-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("roll.csv")
            try "authority_code,urn,academic_year,year_group,pupils\nE10000018,920001,2024/25,R,-4\n"
                .write(to: file, atomically: true, encoding: .utf8)
            let result = try await CYPProcess.run(
                ["--server", host.address, "sufficiency", "import", "number_on_roll", file.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("INVALID_ARGUMENT"))
            #expect(result.stderr.contains("roll.csv:2: column pupils:"))
            let unknown = try await CYPProcess.run(["--server", host.address, "sufficiency", "import", "pupils", file.path])
            #expect(unknown.status != 0)
            #expect(unknown.stderr.contains("not a dataset"))
            let notHeld = try await CYPProcess.run(
                ["--server", host.address, "sufficiency", "places", "--authority", "E10000018", "--base-year", "2031/32"])
            #expect(notHeld.status == 1)
            #expect(notHeld.stderr.contains("NOT_FOUND"))
        }
    }

    @Test func templatesNeedNoServer() async throws {
        let header = try await CYPProcess.run(["sufficiency", "template", "number-on-roll"])
        #expect(header.status == 0)
        #expect(header.stdout == "authority_code,urn,academic_year,year_group,pupils\n")
        let json = try await CYPProcess.run(["--json", "sufficiency", "template", "schools"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: json.json) as? [String: Any]
        #expect((object?["requiredColumns"] as? [String])?.contains("net_capacity") == true)
    }
}
