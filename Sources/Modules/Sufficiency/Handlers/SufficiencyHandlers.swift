import CYPHubCore
import CapitalModule
import Foundation
import SENDModule

/// The handlers of the `Sufficiency` service's methods, over the host's storage.
struct SufficiencyHandlers: Sendable {
    let storage: Storage
    var settings = SufficiencySettings()

    // MARK: ListPlanningAreas

    func planningAreas(_ request: ListPlanningAreasRequest) async throws -> PlanningAreaList {
        let authority = try AuthorityCode.validated(request.authority)
        let data = try await storage.read { db in try SufficiencyStore.planningData(db, authority: authority) }
        guard !data.areas.isEmpty else { throw nothingHeld(authority, "planning areas", dataset: .planningAreas) }
        let latest = data.censusYears.last.map(AcademicYear.init(startYear:))
        return PlanningAreaList(
            authority: authority,
            areas: data.areas.map { area in
                PlanningAreaInfo(
                    code: area.code, name: area.name, phase: Phase(area.phase), secondaryPlanningArea: area.secondaryArea,
                    schools: data.schools.filter { $0.planningArea == area.code }.map(SchoolInfo.init),
                    capacity: latest.map { year in
                        area.phase == .specialist
                            ? SpecialistForecaster.capacity(
                                provision: data.schools.filter { $0.planningArea == area.code && $0.phase == .specialist },
                                areas: [area.code], changes: data.placeChanges, year: year)
                            : Capacity.places(in: area.code, year: year, data: data)
                    } ?? 0)
            },
            censusYears: data.censusYears.map { AcademicYear(startYear: $0).description })
    }

    // MARK: Forecast

    func forecast(_ request: ForecastRequest) async throws -> PupilForecast {
        let authority = try AuthorityCode.validated(request.authority)
        if request.phase == .specialist {
            throw RPCError.invalidArgument(
                "phase: specialist places are forecast from the EHCP caseload (GetSpecialistPlaces), not by cohort survival")
        }
        let settings = self.settings
        let run: @Sendable (SQLConnection) throws -> PupilForecast = { db in
            let data = try SufficiencyStore.planningData(db, authority: authority)
            let base = try Self.baseYear(request.baseYear, data: data)
            if !request.planningArea.isEmpty {
                guard let area = data.area(request.planningArea) else {
                    throw RPCError.notFound(
                        "planning_area: \(request.planningArea) is not held for \(authority); held: "
                            + data.areas.map(\.code).joined(separator: ", "))
                }
                if area.phase == .specialist {
                    throw RPCError.invalidArgument(
                        "planning_area: \(area.code) is a specialist area; specialist places are in GetSpecialistPlaces")
                }
            }
            let phases: Set<SchoolPhase> = request.phase.schoolPhase.map { [$0] } ?? [.primary, .secondary]
            var forecast = PupilForecast(
                authority: authority, baseYear: base.description, method: Self.method(settings.forecast),
                survivalYears: settings.forecast.survivalYears, primaryHorizonYears: settings.forecast.primaryHorizon,
                secondaryHorizonYears: settings.forecast.secondaryHorizon,
                areas: CohortSurvivalForecaster.forecast(
                    data, baseYear: base, settings: settings.forecast, phases: phases,
                    areaCode: request.planningArea.isEmpty ? nil : request.planningArea),
                data: try SufficiencyStore.dataSources(db, authority: authority),
                runAt: ISO8601DateFormatter().string(from: Date()), forecastId: 0)
            if request.store {
                forecast.forecastId = try SufficiencyStore.storeForecast(forecast, baseYear: base, in: db)
            }
            return forecast
        }
        return request.store ? try await storage.write(run) : try await storage.read(run)
    }

    static func method(_ settings: ForecastSettings) -> String {
        "cohort survival: mean ratios over the last \(settings.survivalYears) census years; Reception from births "
            + "four years earlier; Year 7 from the feeder areas' Year 6; plus housing yield; primary "
            + "\(settings.primaryHorizon) years ahead, secondary \(settings.secondaryHorizon)"
    }

    // MARK: GetSufficiency

    func sufficiency(_ request: SufficiencyRequest) async throws -> SufficiencyReport {
        let authority = try AuthorityCode.validated(request.authority)
        if request.phase == .specialist {
            throw RPCError.invalidArgument("phase: specialist sufficiency is in GetSpecialistPlaces")
        }
        let settings = self.settings
        return try await storage.read { db in
            let data = try SufficiencyStore.planningData(db, authority: authority)
            let base = try Self.baseYear(request.baseYear, data: data)
            let phases: Set<SchoolPhase> = request.phase.schoolPhase.map { [$0] } ?? [.primary, .secondary]
            let areas = CohortSurvivalForecaster.forecast(data, baseYear: base, settings: settings.forecast, phases: phases)
                .filter { !$0.years.isEmpty }
                .map { SufficiencyCalculator.area($0, data: data, band: settings.band) }
            return SufficiencyReport(
                authority: authority, baseYear: base.description, targetMinPercent: settings.band.minPercent,
                targetMaxPercent: settings.band.maxPercent, areas: areas, totals: SufficiencyCalculator.totals(areas),
                capacityBasis: Self.capacityBasis)
        }
    }

    static let capacityBasis =
        "net capacity of the schools open in each year plus imported place changes up to and including it; "
        + "capital programme places are added in GetPlacesGap"

    // MARK: GetPlacesGap

    func placesGap(_ request: PlacesGapRequest) async throws -> PlacesGapReport {
        let authority = try AuthorityCode.validated(request.authority)
        let requestedVersion = request.capitalVersion.isEmpty ? nil : request.capitalVersion
        if let requestedVersion, LocalDate(parsing: requestedVersion) == nil {
            throw RPCError.invalidArgument("capital_version: '\(EchoedText.quoted(requestedVersion))' is not a date (YYYY-MM-DD)")
        }
        let settings = self.settings
        return try await storage.read { db in
            let data = try SufficiencyStore.planningData(db, authority: authority)
            let base = try Self.baseYear(request.baseYear, data: data)
            var notes: [String] = []
            let capital = try Self.capitalProjects(db, authority: authority, version: requestedVersion)
            let mainstream = [SchoolPhase.primary, .secondary].filter { request.phase.includes($0) }
            var areas = CohortSurvivalForecaster.forecast(
                data, baseYear: base, settings: settings.forecast, phases: Set(mainstream),
                areaCode: request.planningArea.isEmpty ? nil : request.planningArea
            )
            .filter { !$0.years.isEmpty }
            .map { SufficiencyCalculator.area($0, data: data, band: settings.band) }
            if request.phase.includes(.specialist)
                && (request.planningArea.isEmpty || request.planningArea == PlacesGapCalculator.specialistPool)
            {
                do {
                    let report = try Self.specialistReport(db, authority: authority, data: data, base: base, settings: settings)
                    areas.append(PlacesGapCalculator.specialistArea(report, band: settings.band))
                } catch let error as RPCError where error.code == .failedPrecondition {
                    if request.phase == .specialist { throw error }
                    notes.append("specialist places are not included: \(error.message)")
                }
            }
            if !request.planningArea.isEmpty && areas.isEmpty {
                throw RPCError.notFound(
                    "planning_area: \(request.planningArea) is not a forecast area of \(authority) for that phase; held: "
                        + data.areas.map(\.code).joined(separator: ", "))
            }
            var costs: [SchoolPhase: PlacesGapCalculator.CostBasis] = [:]
            for phase in SchoolPhase.phases {
                costs[phase] = Self.costBasis(phase, settings: settings, capital: capital)
            }
            var report = PlacesGapCalculator.report(
                authority: authority, baseYear: base, areas: areas, projects: capital?.projects ?? [],
                version: capital?.version, costs: costs,
                knownAreas: Dictionary(data.areas.map { ($0.code, $0.phase) }, uniquingKeysWith: { first, _ in first }))
            report.notes = notes + report.notes
            return report
        }
    }

    static func costBasis(
        _ phase: SchoolPhase, settings: SufficiencySettings, capital: (version: CapitalVersionInfo, projects: [PlacesProject])?
    ) -> PlacesGapCalculator.CostBasis {
        if let pounds = settings.costPerPlace[phase] {
            return .init(pounds: pounds, basis: "setting modules.settings.sufficiency.costPerPlace.\(phase.rawValue)")
        }
        if let capital, let figure = CostPerPlace.byPhase(capital.projects).first(where: { $0.phase == phase }),
            let pounds = figure.perPlacePounds
        {
            return .init(
                pounds: pounds,
                basis: "capital programme \(capital.version.version): "
                    + "\(FigureFormat.pounds(Double(figure.grossCostPounds))) over \(FigureFormat.number(Double(figure.places))) "
                    + "places in \(figure.projects) project\(figure.projects == 1 ? "" : "s")")
        }
        return .init(
            pounds: nil,
            basis: "no cost per place: set costPerPlace.\(phase.rawValue) or import capital projects with \(phase.rawValue) places")
    }

    /// The capital programme's projects with places (the newest version, or `version`); `nil` when none is held.
    static func capitalProjects(
        _ db: SQLConnection, authority: String, version: String?
    ) throws -> (version: CapitalVersionInfo, projects: [PlacesProject])? {
        guard try CapitalReader.isInstalled(db) else {
            if let version {
                throw RPCError(
                    code: .failedPrecondition,
                    message: "capital_version \(version): the capital module is not enabled on this host")
            }
            return nil
        }
        let found = try CapitalReader.placesProjects(db, authority: authority, version: version)
        if let version, found == nil {
            let held = try CapitalReader.versions(db, authority: authority).map(\.version)
            throw RPCError.notFound(
                "capital_version: \(version) is not held for \(authority); held: "
                    + (held.isEmpty ? "none" : held.joined(separator: ", ")))
        }
        return found
    }

    // MARK: GetForecastAccuracy

    func accuracy(_ request: ForecastAccuracyRequest) async throws -> ForecastAccuracyReport {
        let authority = try AuthorityCode.validated(request.authority)
        let settings = self.settings
        return try await storage.read { db in
            let forecasts = try SufficiencyStore.storedForecasts(db, authority: authority)
            guard !forecasts.isEmpty else {
                throw RPCError.notFound(
                    "no stored forecasts for \(authority); run Forecast with store set (cyp sufficiency forecast --store)")
            }
            let data = try SufficiencyStore.planningData(db, authority: authority)
            let phases: Set<SchoolPhase> = request.phase.schoolPhase.map { [$0] } ?? [.primary, .secondary]
            return AccuracyCalculator.report(
                authority: authority, forecasts: forecasts, data: data, horizons: settings.accuracyHorizons, phases: phases)
        }
    }

    // MARK: GetSpecialistPlaces

    func specialist(_ request: SpecialistPlacesRequest) async throws -> SpecialistPlacesReport {
        let authority = try AuthorityCode.validated(request.authority)
        let settings = self.settings
        return try await storage.read { db in
            let data = try SufficiencyStore.planningData(db, authority: authority)
            let base = try Self.baseYear(request.baseYear, data: data)
            return try Self.specialistReport(db, authority: authority, data: data, base: base, settings: settings)
        }
    }

    static func specialistReport(
        _ db: SQLConnection, authority: String, data: AuthorityPlanningData, base: AcademicYear, settings: SufficiencySettings
    ) throws -> SpecialistPlacesReport {
        guard try SENDReader.isInstalled(db) else {
            throw RPCError(
                code: .failedPrecondition,
                message: "the SEND module is not enabled on this host; specialist forecasts read its EHCP caseload")
        }
        return try SpecialistForecaster.report(
            authority: authority, caseload: try SENDReader.ehcpCaseload(db, authority: authority), data: data,
            baseYear: base, settings: settings.forecast, growthYears: settings.ehcpGrowthYears)
    }

    // MARK: ExportCapacityReturn

    func capacityReturn(_ request: CapacityReturnRequest) async throws -> CapacityReturn {
        let authority = try AuthorityCode.validated(request.authority)
        let requestedVersion = request.capitalVersion.isEmpty ? nil : request.capitalVersion
        let settings = self.settings
        return try await storage.read { db in
            let data = try SufficiencyStore.planningData(db, authority: authority)
            let base = try Self.baseYear(request.baseYear, data: data)
            let forecasts = CohortSurvivalForecaster.forecast(data, baseYear: base, settings: settings.forecast)
                .filter { !$0.years.isEmpty }
            let specialist = try? Self.specialistReport(db, authority: authority, data: data, base: base, settings: settings)
            let capital = try Self.capitalProjects(db, authority: authority, version: requestedVersion)
            return CapacityReturn(
                authority: authority, baseYear: base.description,
                files: CapacityReturnWriter.files(
                    authority: authority, baseYear: base, data: data, forecasts: forecasts, specialist: specialist,
                    projects: capital?.projects ?? []))
        }
    }

    // MARK: Import

    func importFile(_ request: ImportRequest) async throws -> ImportResult {
        let (dataset, fileName) = try ImportDataset.named(request.dataset, fileName: request.fileName, in: SufficiencyDataset.self)
        let table = try CSVTable.parse(
            request.csv, fileName: fileName, requiredColumns: dataset.requiredColumns,
            optionalColumns: dataset.optionalColumns)
        if table.records.isEmpty {
            throw ImportError(ImportIssue(file: fileName, line: 0, column: "", reason: SufficiencyImporter.noRowsReason))
        }
        let definition = SufficiencyRows.of(dataset)
        let rows = try table.map { record throws(ImportIssue) in (line: record.line, parsed: try definition.parse(record)) }
        try SufficiencyImporter.rejectDuplicates(rows.map { ($0.line, $0.parsed.key) }, table, definition.keyColumn)
        return try await storage.write { db in try SufficiencyStore.store(rows, dataset, fileName: fileName, in: db) }
    }

    /// Imports a file of any size sent in pieces (``Sufficiency/Method/ImportStream``), all or nothing.
    func importStream(_ pieces: RequestStream<SufficiencyImportChunk>) async throws -> ImportResult {
        try await StreamedImport.run(pieces, storage: storage) { first in
            let (dataset, fileName) = try ImportDataset.named(first.dataset, fileName: first.fileName, in: SufficiencyDataset.self)
            return SufficiencyStreamedImport.plan(dataset: dataset, fileName: fileName)
        }
    }

    // MARK: Helpers

    /// The requested census year if held, else the latest held; NOT_FOUND when none (or not that one) is held.
    static func baseYear(_ requested: String, data: AuthorityPlanningData) throws -> AcademicYear {
        var year: AcademicYear?
        if !requested.isEmpty {
            guard let parsed = AcademicYear(parsing: requested) else {
                throw RPCError.invalidArgument("base_year: '\(EchoedText.quoted(requested))' is not an academic year like 2023/24")
            }
            year = parsed
        }
        return try HeldPeriods(
            data.censusYears.map(AcademicYear.init(startYear:)), what: "numbers on roll", authority: data.authority,
            hint: "import \(SufficiencyDataset.numberOnRoll.rawValue)"
        ).pick(year, field: "base_year")
    }

    private func nothingHeld(_ authority: String, _ what: String, dataset: SufficiencyDataset) -> RPCError {
        RPCError.notFound("no \(what) held for \(authority); import \(dataset.rawValue)")
    }
}
