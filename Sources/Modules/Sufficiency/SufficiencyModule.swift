public import CYPHubCore

/// The education sufficiency module (id `sufficiency`, proto package `cyphub.sufficiency.v1`): pupil forecasts
/// by planning area with the cohort-survival method, school places against them, forecast accuracy,
/// specialist places from the SEND module's EHCP caseload, the school capacity survey tables, and the link to
/// the capital programme's planned places. Definitions: `docs/modules/sufficiency.md`.
public struct SufficiencyModule: DomainModule {
    /// The fully qualified proto service name.
    public static let serviceName = "cyphub.sufficiency.v1.Sufficiency"
    /// `ListPlanningAreas`: ``ListPlanningAreasRequest`` → ``PlanningAreaList``.
    public static let listPlanningAreas = MethodDescriptor(service: serviceName, method: "ListPlanningAreas")
    /// `Forecast`: ``ForecastRequest`` → ``PupilForecast``.
    public static let forecast = MethodDescriptor(service: serviceName, method: "Forecast")
    /// `GetSufficiency`: ``SufficiencyRequest`` → ``SufficiencyReport``.
    public static let getSufficiency = MethodDescriptor(service: serviceName, method: "GetSufficiency")
    /// `GetPlacesGap`: ``PlacesGapRequest`` → ``PlacesGapReport``.
    public static let getPlacesGap = MethodDescriptor(service: serviceName, method: "GetPlacesGap")
    /// `GetForecastAccuracy`: ``ForecastAccuracyRequest`` → ``ForecastAccuracyReport``.
    public static let getForecastAccuracy = MethodDescriptor(service: serviceName, method: "GetForecastAccuracy")
    /// `GetSpecialistPlaces`: ``SpecialistPlacesRequest`` → ``SpecialistPlacesReport``.
    public static let getSpecialistPlaces = MethodDescriptor(service: serviceName, method: "GetSpecialistPlaces")
    /// `ExportCapacityReturn`: ``CapacityReturnRequest`` → ``CapacityReturn``.
    public static let exportCapacityReturn = MethodDescriptor(service: serviceName, method: "ExportCapacityReturn")
    /// `Import`: ``ImportRequest`` → ``ImportResult``.
    public static let importData = MethodDescriptor(service: serviceName, method: "Import")

    /// Creates the module.
    public init() {}

    /// Id `sufficiency`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(
            id: "sufficiency", name: "Education sufficiency", version: "1.0.0", protoPackage: "cyphub.sufficiency.v1")
    }

    /// Creates the `suf_` tables.
    public var migrations: [Migration] { SufficiencySchema.migrations }

    /// Reads the settings and registers the eight methods.
    ///
    /// Settings (`modules.settings.sufficiency`): `survivalYears` (3), `surplusTargetPercent` (`{"min": 2,
    /// "max": 5}`), `accuracyHorizons` (`[1, 2]`), `housingProfilePrimary` (7 shares, R-Y6, even by default),
    /// `housingProfileSecondary` (5 shares, Y7-Y11), `costPerPlace` (`{"primary": …, "secondary": …,
    /// "specialist": …}` in pounds; by default the capital programme's), `ehcpGrowthYears` (5).
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let service = SufficiencyService(storage: context.storage, settings: try SufficiencySettings(context.settings))
        try router.registerUnary(Self.listPlanningAreas, request: ListPlanningAreasRequest.self, response: PlanningAreaList.self) {
            request, _ in try await service.planningAreas(request)
        }
        try router.registerUnary(Self.forecast, request: ForecastRequest.self, response: PupilForecast.self) { request, _ in
            try await service.forecast(request)
        }
        try router.registerUnary(Self.getSufficiency, request: SufficiencyRequest.self, response: SufficiencyReport.self) {
            request, _ in try await service.sufficiency(request)
        }
        try router.registerUnary(Self.getPlacesGap, request: PlacesGapRequest.self, response: PlacesGapReport.self) {
            request, _ in try await service.placesGap(request)
        }
        try router.registerUnary(
            Self.getForecastAccuracy, request: ForecastAccuracyRequest.self, response: ForecastAccuracyReport.self
        ) { request, _ in try await service.accuracy(request) }
        try router.registerUnary(
            Self.getSpecialistPlaces, request: SpecialistPlacesRequest.self, response: SpecialistPlacesReport.self
        ) { request, _ in try await service.specialist(request) }
        try router.registerUnary(Self.exportCapacityReturn, request: CapacityReturnRequest.self, response: CapacityReturn.self) {
            request, _ in try await service.capacityReturn(request)
        }
        try router.registerUnary(Self.importData, request: ImportRequest.self, response: ImportResult.self) { request, _ in
            try await service.importFile(request)
        }
    }

    /// Imports the SYNTHETIC demo authority (``SufficiencyDemoData``) through the module's own importer, then
    /// stores backcasts from three earlier census years so forecast accuracy has something to measure.
    public func loadDemoData(context: ModuleContext) async throws {
        try await SufficiencyDemoData.load(
            into: SufficiencyService(storage: context.storage, settings: try SufficiencySettings(context.settings)))
    }
}
