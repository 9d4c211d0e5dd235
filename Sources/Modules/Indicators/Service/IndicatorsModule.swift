public import CYPHubCore

/// The performance-indicators module (id `indicators`): indicator definitions, observations per
/// authority and period, statistical-neighbour sets and comparators, and the computed scrutiny report.
///
/// The computation is the public, pure ``IndicatorEngine``; this type only stores data and serves it.
public struct IndicatorsModule: DomainModule {
    /// Creates the module.
    public init() {}

    /// `indicators`, proto package `cyphub.indicators.v1`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(
            id: "indicators", name: "Performance indicators", version: "1.0.0",
            protoPackage: "cyphub.indicators.v1")
    }

    /// The proto service.
    public static let service = "cyphub.indicators.v1.Indicators"
    /// `Report`: one authority's performance report.
    public static let report = MethodDescriptor(service: service, method: "Report")
    /// `ListIndicators`: every definition held.
    public static let listIndicators = MethodDescriptor(service: service, method: "ListIndicators")
    /// `Import`: one CSV file into one dataset.
    public static let importData = MethodDescriptor(service: service, method: "Import")

    /// The `ind_` tables.
    public var migrations: [Migration] { IndicatorsSchema.migrations }

    /// Registers `Report`, `ListIndicators` and `Import`; reads the settings (see `docs/modules/indicators.md`).
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let service = IndicatorsService(
            storage: context.storage, options: try IndicatorsSettings.engineOptions(context.settings))
        try router.registerUnary(
            Self.report, request: IndicatorReportRequest.self, response: IndicatorReportResponse.self
        ) { request, _ in
            try await service.report(request)
        }
        try router.registerUnary(
            Self.listIndicators, request: ListIndicatorsRequest.self, response: ListIndicatorsResponse.self
        ) { _, _ in
            try await service.listIndicators()
        }
        try router.registerUnary(
            Self.importData, request: IndicatorsImportRequest.self, response: IndicatorsImportResponse.self
        ) { request, _ in
            try await service.importCSV(request)
        }
    }

    /// Loads the seed 002 demo (Leicestershire, Q4 2023/24) and its SYNTHETIC comparators through the
    /// module's own importer.
    public func loadDemoData(context: ModuleContext) async throws {
        _ = try await IndicatorsDemoData.load(into: context.storage)
    }
}
