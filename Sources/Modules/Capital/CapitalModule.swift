public import CYPHubCore

/// The capital programme module: dated versions of an authority's children's services capital programme
/// (projects with spend phased by financial year, and their funding), with totals by category, group and
/// year, funding against spend and the gap, cost per place, re-phasing between versions and S106 education
/// contributions. Module id `capital`, proto package `cyphub.capital.v1`.
///
/// Other modules read the programme through ``CapitalReader``.
public struct CapitalModule: DomainModule {
    /// The unit of every amount not named `…Pounds`: thousands of pounds.
    public static let unit = "£000"

    /// The most text a streamed import (`ImportStream`) holds, its files together.
    public let streamedImportLimitBytes: Int

    /// Creates the module; a streamed import holds at most `streamedImportLimitBytes` of text (default 64 MiB).
    public init(streamedImportLimitBytes: Int = StreamedFiles.defaultLimitBytes) {
        self.streamedImportLimitBytes = streamedImportLimitBytes
    }

    /// Id `capital`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "capital", name: "Capital programme", version: "1.0.0", protoPackage: "cyphub.capital.v1")
    }

    /// Creates the `cap_` tables.
    public var migrations: [Migration] { CapitalSchema.migrations }

    /// Reads the settings and registers the six methods of the `Capital` service.
    ///
    /// Settings (`modules.settings.capital`), all optional; no rate is invented when one is absent:
    /// - `s106.yieldPerDwelling`: pupils per dwelling, keys `primary`, `secondary`, `specialist` (0-10);
    /// - `s106.costPerPlace`: pounds per place, keys `primary`, `secondary` (1-10,000,000); when a phase has
    ///   none, the newest programme's cost per place of that phase is used;
    /// - `s106.specialistCostMultiplier`: a specialist place costs this multiple of the mean of the primary
    ///   and secondary costs per place (more than 0, at most 100).
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let handlers = CapitalHandlers(storage: context.storage, s106Settings: try S106Settings(settings: context.settings))
        try router.register(Capital.Method.GetProgramme.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.programme(request)
        }
        try router.register(Capital.Method.ListVersions.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.versions(request)
        }
        try router.register(Capital.Method.CompareVersions.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.compare(request)
        }
        try router.register(Capital.Method.CalculateS106.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.s106(request)
        }
        try router.register(Capital.Method.Import.self, access: .write(authority: \.authority)) { request, _ in
            try await handlers.importProgramme(request)
        }
        let limit = streamedImportLimitBytes
        try router.register(Capital.Method.ImportStream.self, access: .write(authority: \.authority)) { pieces, _ in
            try await handlers.importStream(pieces, limitBytes: limit)
        }
    }

    /// Each programme version held, one row per project (aggregate only).
    public func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)? {
        CapitalSnapshots(handlers: CapitalHandlers(storage: context.storage, s106Settings: try S106Settings(settings: context.settings)))
    }

    /// Imports the demo versions (``CapitalDemoData``) through the module's own importer, oldest first.
    public func loadDemoData(context: ModuleContext) async throws {
        let handlers = CapitalHandlers(storage: context.storage)
        for request in CapitalDemoData.requests {
            _ = try await handlers.importProgramme(request)
        }
    }
}
