public import CYPHubCore

/// The SEND / High Needs domain module (id `send`): EHCP and SEN Support caseloads, new plans per
/// year, statutory timeliness from plan-level records, and the High Needs Block forecast with
/// scenarios. Definitions: `docs/modules/send.md`.
public struct SENDModule: DomainModule {
    /// Creates the module. It reads no settings.
    public init() {}

    /// `send`, proto package `cyphub.send.v1`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "send", name: "SEND / High Needs", version: "1.0.0", protoPackage: "cyphub.send.v1")
    }

    /// The proto service's full name.
    public static let serviceName = "cyphub.send.v1.SEND"
    /// `GetEhcpSummary`: ``GetEhcpSummaryRequest`` → ``EhcpSummary``.
    public static let getEhcpSummary = MethodDescriptor(service: serviceName, method: "GetEhcpSummary")
    /// `GetTimeliness`: ``GetTimelinessRequest`` → ``SENTimelinessReport``.
    public static let getTimeliness = MethodDescriptor(service: serviceName, method: "GetTimeliness")
    /// `ListHighNeedsPlans`: ``ListHighNeedsPlansRequest`` → ``HighNeedsPlanList``.
    public static let listHighNeedsPlans = MethodDescriptor(service: serviceName, method: "ListHighNeedsPlans")
    /// `GetHighNeedsForecast`: ``GetHighNeedsForecastRequest`` → ``HighNeedsForecast``.
    public static let getHighNeedsForecast = MethodDescriptor(service: serviceName, method: "GetHighNeedsForecast")
    /// `RunHighNeedsScenario`: ``RunHighNeedsScenarioRequest`` → ``HighNeedsScenarioResult``.
    public static let runHighNeedsScenario = MethodDescriptor(service: serviceName, method: "RunHighNeedsScenario")
    /// `Import`: ``SENDImportRequest`` → ``SENDImportResult``.
    public static let importData = MethodDescriptor(service: serviceName, method: "Import")

    /// The module's tables.
    public var migrations: [Migration] { SENDSchema.migrations }

    /// Registers the six methods.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let handlers = SENDHandlers(storage: context.storage)
        try router.registerUnary(Self.getEhcpSummary, request: GetEhcpSummaryRequest.self, response: EhcpSummary.self) { request, _ in
            try await handlers.ehcpSummary(request)
        }
        try router.registerUnary(Self.getTimeliness, request: GetTimelinessRequest.self, response: SENTimelinessReport.self) { request, _ in
            try await handlers.timeliness(request)
        }
        try router.registerUnary(Self.listHighNeedsPlans, request: ListHighNeedsPlansRequest.self, response: HighNeedsPlanList.self) {
            request, _ in
            try await handlers.plans(request)
        }
        try router.registerUnary(Self.getHighNeedsForecast, request: GetHighNeedsForecastRequest.self, response: HighNeedsForecast.self) {
            request, _ in
            try await handlers.forecast(request)
        }
        try router.registerUnary(
            Self.runHighNeedsScenario, request: RunHighNeedsScenarioRequest.self, response: HighNeedsScenarioResult.self
        ) { request, _ in
            try await handlers.scenario(request)
        }
        try router.registerUnary(Self.importData, request: SENDImportRequest.self, response: SENDImportResult.self) { request, _ in
            try await handlers.importCSV(request)
        }
    }

    /// Loads the demo data through the module's own importer: Leicestershire's High Needs plan
    /// (seed 001 paragraphs 95-96), published EHCP and SEN Support counts (seeds 000, 001, 002), and
    /// synthetic plan-level timeliness records and a synthetic caseload breakdown, labelled synthetic.
    public func loadDemoData(context: ModuleContext) async throws {
        try await SENDDemoData.load(into: SENDImporter(storage: context.storage))
    }
}
