import ArgumentParser
import CYPHubCore
import CYPHubHost
import CYPHubWire
import CYPHubTesting
import CapitalModule
import Foundation
import SufficiencyModule

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Forecasts a national-scale input through the sufficiency module's own importer, storage and forecaster,
/// and prints the time and peak memory of each step.
@main
struct SufficiencyBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sufficiency-bench",
        abstract: "Import and forecast a national-scale synthetic input with the sufficiency module; print times and memory.",
        discussion: """
            Generates AUTHORITIES × AREAS planning areas per phase (primary and secondary), SCHOOLS schools each \
            and YEARS census years of numbers on roll, births and some housing, imports it authority by authority \
            through the module's Import method into a SQLite file (the host's storage), then forecasts every \
            authority: reading the data from storage, computing the cohort-survival forecast (primary 5 years, \
            secondary 7), and the whole Forecast method in process.
            """
    )

    @Option(help: "Authorities.") var authorities = 150
    @Option(help: "Planning areas per phase per authority.") var areas = 20
    @Option(help: "Schools per planning area.") var schools = 3
    @Option(help: "Census years of history.") var years = 10
    @Option(help: "Times the forecast computation is repeated (the median is reported).") var repeats = 5
    @Option(name: .customLong("data-dir"), help: "The host's data directory (a temporary one, removed, by default).")
    var dataDirectory: String?
    @Flag(help: "Print one JSON document.") var json = false

    struct Step: Codable {
        var step: String
        var seconds: Double
        var rows: Int
        var peakRSSMegabytes: Double
    }

    struct Report: Codable {
        var authorities: Int
        var planningAreas: Int
        var schools: Int
        var numberOnRollRows: Int
        var censusYears: Int
        var steps: [Step]
        var forecastAreas: Int
        var computationRuns: [Double]
        var forecastComputationSeconds: Double
        var goalSeconds: Double
        var metGoal: Bool
    }

    func run() async throws {
        guard authorities > 0, areas > 0, schools > 0, years >= 2, repeats > 0 else {
            throw ValidationError("authorities, areas, schools and repeats must be positive; years at least 2")
        }
        // A host with the module, in process: calls go through the real protobuf-c codec and the host's dispatch
        // table, without a socket. Its data directory is removed afterwards unless one is given. Messages may be as
        // large as a host's configuration allows, so that a large input's files import whole.
        var limits = WireLimits()
        limits.maxFrameBytes = 256 << 20
        limits.maxMessageBytes = 256 << 20
        let report = try await TestHost.withRunning(
            modules: [SufficiencyModule()], limits: limits, dataDirectory: dataDirectory, mode: .inProcess
        ) { host in
            try await measure(
                storage: host.storage,
                client: SufficiencyClient(caller: try await host.caller(), options: CallOptions(timeout: .seconds(600))))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print(
            "\(authorities) authorities × \(areas) planning areas × 2 phases × \(years) census years: "
                + "\(report.schools.formatted()) schools, \(report.numberOnRollRows.formatted()) rows on roll")
        let width = report.steps.map(\.step.count).max() ?? 0
        func line(_ cells: [String]) -> String {
            cells[0].padding(toLength: width, withPad: " ", startingAt: 0)
                + zip(cells.dropFirst(), [9, 11, 10]).map { cell, size in
                    "  " + String(repeating: " ", count: max(0, size - cell.count)) + cell
                }.joined()
        }
        print(line(["Step", "Seconds", "Rows/areas", "Peak RSS"]))
        for step in report.steps {
            print(
                line([
                    step.step, String(format: "%.3f", step.seconds), step.rows.formatted(),
                    String(format: "%.0f MB", step.peakRSSMegabytes),
                ]))
        }
        print(
            "Forecast computation: \(String(format: "%.3f", report.forecastComputationSeconds)) s for "
                + "\(report.forecastAreas.formatted()) areas (goal under 1 s: \(report.metGoal ? "met" : "NOT met")); runs: "
                + report.computationRuns.map { String(format: "%.3f", $0) }.joined(separator: ", "))
    }

    /// Imports, reads and forecasts through `client` and `storage`; returns the figures.
    func measure(storage: Storage, client: SufficiencyClient) async throws -> Report {
        let input = SyntheticInput(areas: areas, schools: schools, years: years)
        var steps: [Step] = []

        // 1. Import, authority by authority, through the module's Import method (all or nothing per file).
        var rows = 0
        var rollImported = 0
        var clock = ContinuousClock.now
        for index in 0..<authorities {
            for file in input.files(authority: index) {
                let stored = try await client.importFile(dataset: file.dataset, fileName: file.name, csv: file.csv).rows
                rows += stored
                if file.dataset == .numberOnRoll { rollImported += stored }
            }
            progress(
                "imported \(index + 1)/\(authorities) authorities, \(rows.formatted()) rows",
                step: index + 1, of: authorities)
        }
        steps.append(Step(step: "import", seconds: clock.elapsed, rows: rows, peakRSSMegabytes: peakRSS()))
        let codes = (0..<authorities).map(SyntheticInput.code)

        // 2. Read every authority's planning data from storage.
        clock = .now
        var data: [AuthorityPlanningData] = []
        for code in codes {
            data.append(try await storage.read { db in try SufficiencyReader.planningData(db, authority: code) })
        }
        let rollRows = data.reduce(0) { total, authority in
            total + authority.numbersOnRoll.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
        }
        steps.append(
            Step(step: "read from storage (roll summed by area)", seconds: clock.elapsed, rows: rollRows, peakRSSMegabytes: peakRSS()))

        // 3. The forecast computation: every area of every authority, repeated; the median is reported.
        let base = AcademicYear(startYear: SyntheticInput.lastCensus)
        var computeTimes: [Double] = []
        var forecastAreas = 0
        for _ in 0..<repeats {
            clock = .now
            forecastAreas = 0
            for authority in data {
                forecastAreas += CohortSurvivalForecaster.forecast(authority, baseYear: base, settings: ForecastSettings()).count
            }
            computeTimes.append(clock.elapsed)
        }
        let compute = computeTimes.sorted()[computeTimes.count / 2]
        steps.append(Step(step: "forecast computation (median)", seconds: compute, rows: forecastAreas, peakRSSMegabytes: peakRSS()))

        // 4. The Forecast method in process: read, compute and encode the response, per authority.
        clock = .now
        var answered = 0
        for code in codes { answered += try await client.forecast(authority: code).areas.count }
        steps.append(Step(step: "Forecast method, in process", seconds: clock.elapsed, rows: answered, peakRSSMegabytes: peakRSS()))

        return Report(
            authorities: authorities, planningAreas: authorities * areas * 2, schools: authorities * areas * 2 * schools,
            numberOnRollRows: rollImported, censusYears: years, steps: steps, forecastAreas: forecastAreas,
            computationRuns: computeTimes, forecastComputationSeconds: compute, goalSeconds: 1, metGoal: compute < 1)
    }

    /// Progress on standard error: rewritten in place on a terminal, a line every tenth of the way otherwise.
    func progress(_ text: String, step: Int, of total: Int) {
        let done = step == total
        if isatty(STDERR_FILENO) != 0 {
            FileHandle.standardError.write(Data(("\r" + text + (done ? "\n" : "")).utf8))
        } else if done || step % max(1, total / 10) == 0 {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// Peak resident set size of this process so far, in MB.
    func peakRSS() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        #if canImport(Darwin)
            return Double(usage.ru_maxrss) / 1_048_576
        #else
            return Double(usage.ru_maxrss) / 1_024
        #endif
    }
}

extension ContinuousClock.Instant {
    /// Seconds since this instant.
    var elapsed: Double {
        let duration = ContinuousClock.now - self
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// A deterministic synthetic authority: `areas` primary areas each feeding one of `areas` secondary areas,
/// `schools` schools per area, `years` census years to 2023/24, births, and housing in every fourth area.
struct SyntheticInput {
    static let lastCensus = 2023
    let areas: Int
    let schools: Int
    let years: Int

    static func code(_ index: Int) -> String { "E9" + String(format: "%07d", index) }

    /// A deterministic value in 0..<range for a key.
    static func noise(_ key: Int, _ range: Int) -> Int {
        var state = UInt64(truncatingIfNeeded: key &* 2_654_435_761 &+ 12_345)
        state ^= state >> 13
        state = state &* 0x5bd1_e995
        state ^= state >> 15
        return Int(state % UInt64(range))
    }

    func files(authority index: Int) -> [(dataset: SufficiencyDataset, name: String, csv: String)] {
        let code = Self.code(index)
        let first = Self.lastCensus - years + 1
        var areaCSV = "authority_code,planning_area,name,phase,secondary_planning_area\n"
        var schoolCSV = "authority_code,urn,name,phase,planning_area,net_capacity,sixth_form\n"
        var roll = "authority_code,urn,academic_year,year_group,pupils\n"
        var births = "authority_code,planning_area,year,births\n"
        var housing = "authority_code,planning_area,academic_year,dwellings\n"
        for area in 1...areas {
            areaCSV += "\(code),S\(area),Secondary \(area),secondary,\n"
        }
        for area in 1...areas {
            areaCSV += "\(code),P\(area),Primary \(area),primary,S\(area)\n"
        }
        for phase in [SchoolPhase.primary, .secondary] {
            let prefix = phase == .primary ? "P" : "S"
            let groups = phase == .primary ? Array(0...6) : Array(7...11)
            for area in 1...areas {
                let key = index * 10_000 + area * 10 + (phase == .primary ? 1 : 2)
                for school in 1...schools {
                    let urn = String(100_000 + (index * areas * 2 + area * 2 + (phase == .primary ? 0 : 1)) * schools + school)
                    let size = (phase == .primary ? 30 : 150) + Self.noise(key * 7 + school, 30)
                    schoolCSV += "\(code),\(urn),School \(urn),\(phase.rawValue),\(prefix)\(area),\(size * groups.count + 15),no\n"
                    for year in first...Self.lastCensus {
                        for group in groups {
                            let pupils = size - 2 + Self.noise(key &* 31 &+ year &* 17 &+ group &* 5 &+ school, 5)
                            roll += "\(code),\(urn),\(AcademicYear(startYear: year)),\(group == 0 ? "R" : "Y\(group)"),\(pupils)\n"
                        }
                    }
                }
                if phase == .primary {
                    for year in (first - 5)...Self.lastCensus {
                        births += "\(code),P\(area),\(year),\(schools * 32 + Self.noise(key + year, 8))\n"
                    }
                }
                if area % 4 == 0 {
                    for year in (Self.lastCensus + 1)...(Self.lastCensus + 5) {
                        housing += "\(code),\(prefix)\(area),\(AcademicYear(startYear: year)),\(80 + Self.noise(key + year, 40))\n"
                    }
                }
            }
        }
        let yields = "authority_code,phase,yield_per_dwelling\n\(code),primary,0.25\n\(code),secondary,0.18\n"
        return [
            (.planningAreas, "\(code)_areas.csv", areaCSV), (.schools, "\(code)_schools.csv", schoolCSV),
            (.numberOnRoll, "\(code)_roll.csv", roll), (.births, "\(code)_births.csv", births),
            (.housing, "\(code)_housing.csv", housing), (.pupilYields, "\(code)_yields.csv", yields),
        ]
    }
}
