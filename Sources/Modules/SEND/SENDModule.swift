public import CYPHubCore

/// The SEND / High Needs domain module (id `send`): EHCP and SEN Support caseloads, new plans per
/// year, statutory timeliness from plan-level records, and the High Needs Block forecast with
/// scenarios. Its methods are the proto service ``SEND`` (`cyphub.send.v1.SEND`). Definitions:
/// `docs/modules/send.md`.
public struct SENDModule: DomainModule {
    /// Creates the module. It reads no settings.
    public init() {}

    /// `send`, proto package `cyphub.send.v1`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "send", name: "SEND / High Needs", version: "1.0.0", protoPackage: "cyphub.send.v1")
    }

    /// The module's tables.
    public var migrations: [Migration] { SENDSchema.migrations }

    /// Registers the seven methods of ``SEND``.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let handlers = SENDHandlers(storage: context.storage)
        try router.register(SEND.Method.GetEhcpSummary.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.ehcpSummary(request)
        }
        try router.register(SEND.Method.GetTimeliness.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.timeliness(request)
        }
        try router.register(SEND.Method.ListHighNeedsPlans.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.plans(request)
        }
        try router.register(SEND.Method.GetHighNeedsForecast.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.forecast(request)
        }
        try router.register(SEND.Method.RunHighNeedsScenario.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.scenario(request)
        }
        try router.register(SEND.Method.Import.self, access: .writeRowsOfFile) { request, _ in try await handlers.importCSV(request) }
        try router.register(SEND.Method.ImportStream.self, access: .writeRowsOfFile) { pieces, _ in
            try await handlers.importStream(pieces)
        }
    }

    /// Calendar years (caseload, new plans, timeliness; plan-level records) and High Needs plans (forecast).
    public func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)? {
        SENDSnapshots(handlers: SENDHandlers(storage: context.storage))
    }

    /// Loads the demo data through the module's own importer: Leicestershire's High Needs plan
    /// (seed 001 paragraphs 95-96), published EHCP and SEN Support counts (seeds 000, 001, 002), and
    /// synthetic plan-level timeliness records and a synthetic caseload breakdown, labelled synthetic.
    public func loadDemoData(context: ModuleContext) async throws {
        try await SENDDemoData.load(into: SENDImporter(storage: context.storage))
    }
}
