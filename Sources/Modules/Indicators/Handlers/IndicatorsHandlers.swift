import CYPHubCore
import Foundation

/// The handlers behind the module's methods: load from storage, run the engine, map to messages.
struct IndicatorsHandlers: Sendable {
    /// The database.
    let storage: Storage
    /// The module's configured rules (suppression is always on for wire output).
    let options: IndicatorEngine.Options

    /// Everything a report needs, read in one snapshot.
    private struct ReportData: Sendable {
        var definitions: [IndicatorDefinition]
        var observations: [IndicatorObservation]
        var comparators: [AreaComparator]
        var neighbourSets: [NeighbourSet]
        var authority: AuthorityRecord?
    }

    func report(_ request: IndicatorReportRequest) async throws -> IndicatorReportResponse {
        let code = try AuthorityCode.validated(request.authority, field: "authority")
        let periodText = request.period.trimmingCharacters(in: .whitespaces)
        var asOf: ReportingPeriod?
        if !periodText.isEmpty {
            guard let period = ReportingPeriod(parsing: periodText) else {
                throw RPCError.invalidArgument(
                    "period: '\(request.period)' is not a period (use \(ReportingPeriod.acceptedForms))")
            }
            asOf = period
        }
        var options = self.options
        switch request.noTargetRule {
        case .default: break
        case .none: options.noTargetRule.basis = .none
        case .englandAverage: options.noTargetRule.basis = .englandAverage
        case .neighbourAverage: options.noTargetRule.basis = .neighbourAverage
        }

        let data = try await storage.read { db in
            ReportData(
                definitions: try IndicatorsStore.definitions(db),
                observations: try IndicatorsStore.observations(db),
                comparators: try IndicatorsStore.comparators(db),
                neighbourSets: try IndicatorsStore.neighbourSets(db, authorityCode: code),
                authority: try IndicatorsStore.authority(db, code: code))
        }
        guard data.observations.contains(where: { $0.authorityCode == code }) else {
            throw RPCError.notFound("authority: no indicator observations are held for \(code)")
        }
        let version = request.neighbourSetVersion.trimmingCharacters(in: .whitespaces)
        let neighbours = NeighbourSet.select(from: data.neighbourSets, version: version)
        if !version.isEmpty, neighbours == nil {
            let held = data.neighbourSets.map(\.version).joined(separator: ", ")
            throw RPCError.notFound(
                "neighbour_set_version: no neighbour set '\(version)' for \(code)"
                    + (held.isEmpty ? " (none held)" : " (held: \(held))"))
        }
        let regionCode = data.authority?.regionCode ?? ""
        let rows = IndicatorEngine(options: options).report(
            for: code, asOf: asOf, definitions: data.definitions, observations: data.observations,
            neighbours: neighbours, comparators: data.comparators, regionCode: regionCode.isEmpty ? nil : regionCode)
        if rows.isEmpty, let asOf {
            throw RPCError.notFound("period: \(code) has no observations ending on or before \(asOf.label)")
        }
        return IndicatorReportResponse(
            authority: code,
            authorityName: data.authority?.name ?? "",
            regionCode: regionCode,
            regionName: data.authority?.regionName ?? "",
            asAt: asOf?.code ?? "",
            asAtLabel: asOf?.label ?? "",
            neighbourSetVersion: neighbours?.version ?? "",
            neighbourSetEffectiveDate: neighbours?.effectiveDate ?? "",
            neighbourCodes: neighbours?.neighbourCodes ?? [],
            noTargetRule: options.noTargetRule.basis,
            noTargetTolerancePercent: options.noTargetRule.tolerance.amount,
            trendTolerancePercent: options.trendRule.tolerance.amount,
            trendToleranceScope: options.trendRule.scope,
            minimumForBenchmark: options.minimumForBenchmark,
            lines: rows.map { IndicatorReportLine($0) })
    }

    func listIndicators() async throws -> ListIndicatorsResponse {
        try await storage.read { db in
            let definitions = try IndicatorsStore.definitions(db)
            var periods: [String: [ReportingPeriod]] = [:]
            for row in try db.rows("SELECT DISTINCT indicator_id, period FROM ind_observations") {
                if let period = ReportingPeriod(parsing: try row.string("period")) {
                    periods[try row.string("indicator_id"), default: []].append(period)
                }
            }
            var counts: [String: (Int, Int)] = [:]
            for row in try db.rows(
                "SELECT indicator_id, COUNT(*) AS n, COUNT(DISTINCT authority_code) AS authorities "
                    + "FROM ind_observations GROUP BY indicator_id")
            {
                counts[try row.string("indicator_id")] = (try row.int("n"), try row.int("authorities"))
            }
            return ListIndicatorsResponse(
                indicators: definitions.map { definition in
                    IndicatorSummary(
                        definition, observationCount: counts[definition.id]?.0 ?? 0,
                        authorityCount: counts[definition.id]?.1 ?? 0, latestPeriod: periods[definition.id]?.max())
                })
        }
    }

    func importCSV(_ request: IndicatorsImportRequest) async throws -> IndicatorsImportResponse {
        let fileName = request.fileName.isEmpty ? "\(request.dataset.rawValue).csv" : request.fileName
        let stored = try await IndicatorsImporter(storage: storage).importCSV(
            request.csv, dataset: request.dataset, fileName: fileName)
        return IndicatorsImportResponse(dataset: request.dataset, fileName: fileName, rowsStored: stored)
    }

    /// Imports a file sent in pieces (``Indicators/Method/ImportStream``): its text, at most `limitBytes`, is held until
    /// the last piece, then imported exactly as ``importCSV(_:)`` does (its checks run across the whole file).
    func importStream(_ pieces: RequestStream<IndicatorsImportChunk>, limitBytes: Int) async throws -> IndicatorsImportResponse {
        let files = try await StreamedFiles.read(
            pieces, limitBytes: limitBytes, importName: "indicators", hint: "split it by authority or period")
        let file = files[0]
        return try await importCSV(IndicatorsImportRequest(dataset: file.first.dataset, fileName: file.first.fileName, csv: file.text))
    }
}
