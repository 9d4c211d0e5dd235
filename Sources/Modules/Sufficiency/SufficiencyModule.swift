public import CYPHubCore

/// The education sufficiency module (id `sufficiency`, proto package `cyphub.sufficiency.v1`): pupil forecasts
/// by planning area with the cohort-survival method, school places against them, forecast accuracy,
/// specialist places from the SEND module's EHCP caseload, the school capacity survey tables, and the link to
/// the capital programme's planned places. Definitions: `docs/modules/sufficiency.md`.
public struct SufficiencyModule: DomainModule {
    /// Creates the module.
    public init() {}

    /// Id `sufficiency`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(
            id: "sufficiency", name: "Education sufficiency", version: "1.0.0", protoPackage: "cyphub.sufficiency.v1")
    }

    /// Creates the `suf_` tables.
    public var migrations: [Migration] { SufficiencySchema.migrations }

    /// Reads the settings and registers the eight methods of the `Sufficiency` service.
    ///
    /// Settings (`modules.settings.sufficiency`): `survivalYears` (3), `surplusTargetPercent` (`{"min": 2,
    /// "max": 5}`), `accuracyHorizons` (`[1, 2]`), `housingProfilePrimary` (7 shares, R-Y6, even by default),
    /// `housingProfileSecondary` (5 shares, Y7-Y11), `costPerPlace` (`{"primary": …, "secondary": …,
    /// "specialist": …}` in pounds; by default the capital programme's), `ehcpGrowthYears` (5).
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let handlers = SufficiencyHandlers(storage: context.storage, settings: try SufficiencySettings(context.settings))
        try router.register(Sufficiency.Method.ListPlanningAreas.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.planningAreas(request)
        }
        try router.register(Sufficiency.Method.Forecast.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.forecast(request)
        }
        try router.register(Sufficiency.Method.GetSufficiency.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.sufficiency(request)
        }
        try router.register(Sufficiency.Method.GetPlacesGap.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.placesGap(request)
        }
        try router.register(Sufficiency.Method.GetForecastAccuracy.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.accuracy(request)
        }
        try router.register(Sufficiency.Method.GetSpecialistPlaces.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.specialist(request)
        }
        try router.register(Sufficiency.Method.ExportCapacityReturn.self, access: .read(.records, authority: \.authority)) { request, _ in
            try await handlers.capacityReturn(request)
        }
        try router.register(Sufficiency.Method.Import.self, access: .writeRowsOfFile) { request, _ in try await handlers.importFile(request)
        }
        try router.register(Sufficiency.Method.ImportStream.self, access: .writeRowsOfFile) { pieces, _ in
            try await handlers.importStream(pieces)
        }
    }

    /// Each census year held: places against the forecast from it, by planning area, phase and year (aggregate only).
    public func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)? {
        SufficiencySnapshots(handlers: SufficiencyHandlers(storage: context.storage, settings: try SufficiencySettings(context.settings)))
    }

    /// Imports the SYNTHETIC demo authority (``SufficiencyDemoData``) through the module's own importer, then
    /// stores backcasts from three earlier census years so forecast accuracy has something to measure.
    public func loadDemoData(context: ModuleContext) async throws {
        try await SufficiencyDemoData.load(
            into: SufficiencyHandlers(storage: context.storage, settings: try SufficiencySettings(context.settings)))
    }
}
