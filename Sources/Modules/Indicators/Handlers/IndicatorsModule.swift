public import CYPHubCore

/// The performance-indicators module (id `indicators`): indicator definitions, observations per
/// authority and period, statistical-neighbour sets and comparators, and the computed scrutiny report.
///
/// The computation is the public, pure ``IndicatorEngine``; this type only stores data and serves it.
public struct IndicatorsModule: DomainModule {
    /// The most text a streamed import (`ImportStream`) holds.
    public let streamedImportLimitBytes: Int

    /// Creates the module; a streamed import holds at most `streamedImportLimitBytes` of text (default 64 MiB).
    public init(streamedImportLimitBytes: Int = StreamedFiles.defaultLimitBytes) {
        self.streamedImportLimitBytes = streamedImportLimitBytes
    }

    /// `indicators`, proto package `cyphub.indicators.v1`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(
            id: "indicators", name: "Performance indicators", version: "1.0.0",
            protoPackage: "cyphub.indicators.v1")
    }

    /// The `ind_` tables.
    public var migrations: [Migration] { IndicatorsSchema.migrations }

    /// Registers `Report`, `ListIndicators`, `Import` and `ImportStream`; reads the settings (see `docs/modules/indicators.md`).
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let handlers = IndicatorsHandlers(
            storage: context.storage, options: try IndicatorsSettings.engineOptions(context.settings))
        try router.register(Indicators.Method.Report.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.report(request)
        }
        try router.register(Indicators.Method.ListIndicators.self, access: .read(.aggregate)) { _, _ in
            try await handlers.listIndicators()
        }
        try router.register(Indicators.Method.Import.self, access: .writeAllAuthorities) { request, _ in
            try await handlers.importCSV(request)
        }
        let limit = streamedImportLimitBytes
        try router.register(Indicators.Method.ImportStream.self, access: .writeAllAuthorities) { pieces, _ in
            try await handlers.importStream(pieces, limitBytes: limit)
        }
    }

    /// For each period an authority has observations in, the report as of that period (aggregate only).
    public func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)? {
        IndicatorsSnapshots(
            handlers: IndicatorsHandlers(storage: context.storage, options: try IndicatorsSettings.engineOptions(context.settings)))
    }

    /// Loads the seed 002 demo (Leicestershire, Q4 2023/24) and its SYNTHETIC comparators through the
    /// module's own importer.
    public func loadDemoData(context: ModuleContext) async throws {
        _ = try await IndicatorsDemoData.load(into: context.storage)
    }
}
