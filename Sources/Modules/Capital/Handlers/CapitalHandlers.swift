import CYPHubCore
import Foundation

/// The handlers of the `Capital` service's methods, over the host's storage.
struct CapitalHandlers: Sendable {
    let storage: Storage
    /// The S106 rates set in the module's settings.
    var s106Settings = S106Settings()

    // MARK: GetProgramme

    func programme(_ request: GetProgrammeRequest) async throws -> GetProgrammeResponse {
        let authority = try AuthorityCode.validated(request.authority)
        let requested = try Self.requestedVersion(request.version, field: "version")
        return try await storage.read { db in
            let held = try CapitalStore.versions(authority: authority, db: db)
            let version = try Self.version(requested, in: held, authority: authority)
            let programme = try Self.load(authority: authority, version: version, db: db)
            return GetProgrammeResponse(programme, versions: try Self.summaries(held, authority: authority, db: db))
        }
    }

    // MARK: ListVersions

    func versions(_ request: ListVersionsRequest) async throws -> ListVersionsResponse {
        let authority = try AuthorityCode.validated(request.authority)
        return try await storage.read { db in
            let held = try CapitalStore.versions(authority: authority, db: db)
            return ListVersionsResponse(
                authority: authority, unit: CapitalModule.unit, versions: try Self.summaries(held, authority: authority, db: db))
        }
    }

    // MARK: CompareVersions

    func compare(_ request: CompareVersionsRequest) async throws -> CompareVersionsResponse {
        let authority = try AuthorityCode.validated(request.authority)
        let from = try Self.requestedVersion(request.fromVersion, field: "from_version")
        let to = try Self.requestedVersion(request.toVersion, field: "to_version")
        if let from, let to, from == to {
            throw RPCError.invalidArgument("from_version and to_version are both \(from); name two different versions")
        }
        return try await storage.read { db in
            let held = try CapitalStore.versions(authority: authority, db: db).map(\.version)
            let heldText = held.isEmpty ? "none" : held.joined(separator: ", ")
            if from == nil && to == nil && held.count < 2 {
                throw RPCError(
                    code: .failedPrecondition,
                    message: "re-phasing needs two versions of \(authority)'s capital programme; held: \(heldText)"
                )
            }
            for (field, version) in [("from_version", from), ("to_version", to)] {
                if let version, !held.contains(version) {
                    throw RPCError.notFound("\(field): no version \(version) of \(authority)'s capital programme; held: \(heldText)")
                }
            }
            guard let toVersion = to ?? held.first else {
                throw RPCError.notFound("no capital programme held for \(authority); held: none")
            }
            guard let fromVersion = from ?? held.first(where: { $0 < toVersion }) else {
                throw RPCError(
                    code: .failedPrecondition,
                    message: "no version of \(authority)'s capital programme is older than \(toVersion); held: \(heldText)"
                )
            }
            let comparison = VersionComparison(
                from: try Self.load(authority: authority, version: fromVersion, db: db),
                to: try Self.load(authority: authority, version: toVersion, db: db)
            )
            return CompareVersionsResponse(comparison)
        }
    }

    // MARK: CalculateS106

    func s106(_ request: CalculateS106Request) async throws -> CalculateS106Response {
        let authority = try AuthorityCode.validated(request.authority)
        guard (1...1_000_000).contains(request.dwellings) else {
            throw RPCError.invalidArgument("dwellings: \(request.dwellings) is not a number of dwellings from 1 to 1,000,000")
        }
        let settings = s106Settings
        let given = try Self.givenRates(request)
        var yields: [SchoolPhase: Double] = [:]
        var yieldBases: [SchoolPhase: RateBasis] = [:]
        for phase in SchoolPhase.phases {
            if let value = given.yields[phase] {
                (yields[phase], yieldBases[phase]) = (value, .request)
            } else if let value = settings.yieldPerDwelling[phase] {
                (yields[phase], yieldBases[phase]) = (value, .setting)
            } else {
                throw RPCError(
                    code: .failedPrecondition,
                    message: "no \(phase.rawValue) pupil yield per dwelling: set \(settings.key("yieldPerDwelling.\(phase.rawValue)")) "
                        + "or give \(phase.rawValue)_yield"
                )
            }
        }
        let multiplier: (value: Double, basis: RateBasis)
        if let value = given.multiplier {
            multiplier = (value, .request)
        } else if let value = settings.specialistCostMultiplier {
            multiplier = (value, .setting)
        } else {
            throw RPCError(
                code: .failedPrecondition,
                message: "no specialist cost multiplier: set \(settings.key("specialistCostMultiplier")) or give specialist_multiplier"
            )
        }
        let costs = try await costsPerPlace(authority: authority, given: given.costs, settings: settings)
        let rates = S106Rates(
            yieldPerDwelling: yields, primaryCostPerPlacePounds: costs.primary.pounds,
            secondaryCostPerPlacePounds: costs.secondary.pounds, specialistCostMultiplier: multiplier.value
        )
        let contribution = S106Contribution(dwellings: request.dwellings, rates: rates)
        let lines = try contribution.lines.map { line in
            let cost: ResolvedCost
            switch line.phase {
            case .unspecified: throw RPCError(code: .internalError, message: "an S106 line has no phase")
            case .primary: cost = costs.primary
            case .secondary: cost = costs.secondary
            case .specialist:
                cost = ResolvedCost(
                    pounds: line.costPerPlacePounds, basis: .derived,
                    note: "\(FigureFormat.number(multiplier.value, places: 2)) (\(multiplier.basis.rawValue)) × mean of primary "
                        + "\(FigureFormat.pounds(costs.primary.pounds)) and secondary \(FigureFormat.pounds(costs.secondary.pounds))"
                )
            }
            return S106Line(line, yieldBasis: yieldBases[line.phase] ?? .request, costBasis: cost.basis, costBasisNote: cost.note)
        }
        return CalculateS106Response(
            authority: authority, development: request.development, contribution: contribution, lines: lines,
            specialistMultiplier: multiplier.value, specialistMultiplierBasis: multiplier.basis,
            programmeVersion: costs.programmeVersion
        )
    }

    /// A cost per place and where it comes from.
    private struct ResolvedCost: Sendable {
        var pounds: Double
        var basis: RateBasis
        var note: String
    }

    /// Primary and secondary costs per place: the request's, else the setting's, else the newest programme's.
    private func costsPerPlace(
        authority: String,
        given: [SchoolPhase: Double],
        settings: S106Settings
    ) async throws -> (primary: ResolvedCost, secondary: ResolvedCost, programmeVersion: String) {
        let phases: [SchoolPhase] = [.primary, .secondary]
        let needsProgramme = phases.contains { given[$0] == nil && settings.costPerPlacePounds[$0] == nil }
        var held: (version: CapitalVersionInfo, projects: [PlacesProject])?
        if needsProgramme {
            held = try await storage.read { db in try CapitalReader.placesProjects(db, authority: authority, version: nil) }
        }
        var resolved: [SchoolPhase: ResolvedCost] = [:]
        var programmeVersion = ""
        for phase in phases {
            if let value = given[phase] {
                resolved[phase] = ResolvedCost(pounds: value, basis: .request, note: "given in the request")
            } else if let value = settings.costPerPlacePounds[phase] {
                resolved[phase] = ResolvedCost(pounds: value, basis: .setting, note: settings.key("costPerPlace.\(phase.rawValue)"))
            } else if let held, let figure = CostPerPlace.byPhase(held.projects).first(where: { $0.phase == phase }),
                let perPlace = figure.perPlacePounds
            {
                programmeVersion = held.version.version
                resolved[phase] = ResolvedCost(
                    pounds: perPlace, basis: .programme,
                    note: "programme \(held.version.version): "
                        + "\(FigureFormat.pounds(Double(figure.grossCostPounds))) ÷ \(FigureFormat.number(Double(figure.places))) "
                        + "places in \(figure.projects) \(phase.rawValue) \(figure.projects == 1 ? "project" : "projects")"
                )
            } else {
                let why =
                    held.map { "\(authority)'s newest programme (\($0.version.version)) has no \(phase.rawValue) projects with places" }
                    ?? "no capital programme is held for \(authority)"
                throw RPCError(
                    code: .failedPrecondition,
                    message: "no \(phase.rawValue) cost per place: set \(settings.key("costPerPlace.\(phase.rawValue)")) "
                        + "or give \(phase.rawValue)_cost_per_place; \(why)"
                )
            }
        }
        guard let primary = resolved[.primary], let secondary = resolved[.secondary] else {
            throw RPCError(code: .internalError, message: "cost per place not resolved")
        }
        return (primary, secondary, programmeVersion)
    }

    /// The rates a request gives, checked.
    private static func givenRates(_ request: CalculateS106Request) throws -> (
        yields: [SchoolPhase: Double], costs: [SchoolPhase: Double], multiplier: Double?
    ) {
        func checked(_ given: Double?, field: String, range: ClosedRange<Double>, exclusiveLower: Bool) throws -> Double? {
            guard let value = given else { return nil }
            guard value.isFinite, range.contains(value), !(exclusiveLower && value == range.lowerBound) else {
                let lower = exclusiveLower ? "more than \(FigureFormat.number(range.lowerBound))" : FigureFormat.number(range.lowerBound)
                throw RPCError.invalidArgument("\(field): \(value) is not from \(lower) to \(FigureFormat.number(range.upperBound))")
            }
            return value
        }
        var yields: [SchoolPhase: Double] = [:]
        yields[.primary] = try checked(request.givenPrimaryYield, field: "primary_yield", range: 0...10, exclusiveLower: false)
        yields[.secondary] = try checked(request.givenSecondaryYield, field: "secondary_yield", range: 0...10, exclusiveLower: false)
        yields[.specialist] = try checked(
            request.givenSpecialistYield, field: "specialist_yield", range: 0...10, exclusiveLower: false)
        var costs: [SchoolPhase: Double] = [:]
        costs[.primary] = try checked(
            request.givenPrimaryCostPerPlace, field: "primary_cost_per_place", range: 0...10_000_000, exclusiveLower: true)
        costs[.secondary] = try checked(
            request.givenSecondaryCostPerPlace, field: "secondary_cost_per_place", range: 0...10_000_000, exclusiveLower: true)
        let multiplier = try checked(
            request.givenSpecialistMultiplier, field: "specialist_multiplier", range: 0...100, exclusiveLower: true)
        return (yields, costs, multiplier)
    }

    // MARK: Import

    func importProgramme(_ request: CapitalImportRequest) async throws -> CapitalImportResponse {
        let authority = try AuthorityCode.validated(request.authority)
        let version = try LocalDate.validated(request.version, field: "version").description
        let label = request.label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !label.isEmpty else {
            throw RPCError.invalidArgument("label: give the council's name for this version, e.g. MTFS 2024/25-2027/28")
        }
        let firstYear = try Self.financialYear(request.firstYear, field: "first_year")
        let lastYear = try Self.financialYear(request.lastYear, field: "last_year")
        guard firstYear <= lastYear else {
            throw RPCError.invalidArgument("first_year: \(firstYear) is after last_year \(lastYear)")
        }
        guard lastYear.years(since: firstYear) < 30 else {
            throw RPCError.invalidArgument("last_year: \(firstYear) to \(lastYear) is more than 30 years")
        }
        let files = try Self.files(request.files)
        let info = CapitalVersionInfo(
            version: version, label: label, firstYear: firstYear, lastYear: lastYear,
            importedAt: Date().formatted(.iso8601)
        )
        let programme = try CapitalImporter.programme(authority: authority, info: info, files: files)
        let replace = request.replace
        let replaced = try await storage.write { db in
            if !replace, try CapitalStore.holds(authority: authority, version: version, db: db) {
                throw RPCError(
                    code: .alreadyExists,
                    message: "version \(version) of \(authority)'s capital programme is held; set replace to replace it "
                        + "(cyp capital import --replace)"
                )
            }
            return try CapitalStore.replace(programme, in: db)
        }
        let counts: [CapitalDataset: Int] = [
            .projects: programme.projects.count,
            .spend: programme.projects.reduce(0) { $0 + $1.spendPounds.count },
            .funding: programme.funding.count,
        ]
        let summary = VersionSummary(programme)
        return CapitalImportResponse(
            authority: authority, version: summary.version, label: summary.label, replaced: replaced,
            files: files.map { ImportedFile(dataset: $0.dataset.rawValue, fileName: $0.fileName, rows: counts[$0.dataset] ?? 0) },
            summary: summary
        )
    }

    /// Imports a version sent in pieces (``Capital/Method/ImportStream``): the files' text, at most `limitBytes` in all,
    /// is held until the last piece, then imported exactly as ``importProgramme(_:)`` does (the files are checked
    /// against each other).
    func importStream(_ pieces: RequestStream<CapitalImportChunk>, limitBytes: Int) async throws -> CapitalImportResponse {
        let files = try await StreamedFiles.read(
            pieces, limitBytes: limitBytes, importName: "capital",
            hint: "a programme's projects, spend and funding files are far smaller; check the files given")
        let first = files[0].first
        return try await importProgramme(
            CapitalImportRequest(
                authority: first.authority, version: first.version, label: first.label, firstYear: first.firstYear,
                lastYear: first.lastYear, replace: first.replace,
                files: files.map { CapitalImportFile(dataset: $0.first.dataset, fileName: $0.first.fileName, csv: $0.text) }))
    }

    /// The request's files with their datasets, one per dataset, the required ones present.
    private static func files(_ files: [CapitalImportFile]) throws -> [CapitalCSVFile] {
        var result: [CapitalCSVFile] = []
        for (index, file) in files.enumerated() {
            let name = file.dataset.trimmingCharacters(in: .whitespaces).lowercased()
            guard let dataset = CapitalDataset(rawValue: name) else {
                throw RPCError.invalidArgument(
                    "files[\(index)].dataset: '\(EchoedText.quoted(file.dataset))' is not one of \(CapitalDataset.names)")
            }
            if result.contains(where: { $0.dataset == dataset }) {
                throw RPCError.invalidArgument("files[\(index)].dataset: a second \(dataset.rawValue) file; give one file per dataset")
            }
            result.append(
                CapitalCSVFile(dataset: dataset, fileName: file.fileName.isEmpty ? "\(dataset.rawValue).csv" : file.fileName, csv: file.csv)
            )
        }
        for dataset in CapitalDataset.allCases where dataset.isRequired && !result.contains(where: { $0.dataset == dataset }) {
            throw RPCError.invalidArgument(
                "files: no \(dataset.rawValue) file; an import needs projects and spend files (funding is optional)")
        }
        return result
    }

    // MARK: Helpers

    /// A financial year from a request field.
    private static func financialYear(_ text: String, field: String) throws -> FinancialYear {
        guard let year = FinancialYear(parsing: text) else {
            throw RPCError.invalidArgument("\(field): '\(EchoedText.quoted(text))' is not a financial year like 2024/25")
        }
        return year
    }

    /// The request's version, or `nil` when empty.
    private static func requestedVersion(_ text: String, field: String) throws -> String? {
        text.isEmpty ? nil : try LocalDate.validated(text, field: field).description
    }

    /// The requested version if held, the newest when none was requested; NOT_FOUND otherwise.
    private static func version(_ requested: String?, in held: [CapitalVersionInfo], authority: String) throws -> String {
        try HeldPeriods(
            held.map(\.version), what: "capital programme version", authority: authority,
            hint: "import one (cyp capital import)"
        ).pick(requested, field: "version")
    }

    /// A version known to be held.
    private static func load(authority: String, version: String, db: SQLConnection) throws -> CapitalProgramme {
        guard let programme = try CapitalStore.programme(authority: authority, version: version, db: db) else {
            throw RPCError.notFound("no version \(version) of \(authority)'s capital programme")
        }
        return programme
    }

    /// Summaries of the versions held, newest first.
    private static func summaries(_ held: [CapitalVersionInfo], authority: String, db: SQLConnection) throws -> [VersionSummary] {
        try held.map { VersionSummary(try load(authority: authority, version: $0.version, db: db)) }
    }
}
