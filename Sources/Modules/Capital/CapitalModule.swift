public import CYPHubCore

/// The capital programme module: dated versions of an authority's children's services capital programme
/// (projects with spend phased by financial year, and their funding), with totals by category, group and
/// year, funding against spend and the gap, cost per place, re-phasing between versions and S106 education
/// contributions. Module id `capital`, proto package `cyphub.capital.v1`.
///
/// Other modules read the programme through ``CapitalReader``.
public struct CapitalModule: DomainModule {
    /// The fully qualified proto service name.
    public static let serviceName = "cyphub.capital.v1.Capital"
    /// `GetProgramme`: one version with every figure computed from its rows.
    public static let getProgramme = MethodDescriptor(service: serviceName, method: "GetProgramme")
    /// `ListVersions`: the versions held, newest first.
    public static let listVersions = MethodDescriptor(service: serviceName, method: "ListVersions")
    /// `CompareVersions`: re-phasing between two versions.
    public static let compareVersions = MethodDescriptor(service: serviceName, method: "CompareVersions")
    /// `CalculateS106`: the education contribution a housing development owes.
    public static let calculateS106 = MethodDescriptor(service: serviceName, method: "CalculateS106")
    /// `Import`: one version's files, all or nothing.
    public static let importData = MethodDescriptor(service: serviceName, method: "Import")

    /// The unit of every amount not named `…Pounds`: thousands of pounds.
    public static let unit = "£000"

    /// Creates the module.
    public init() {}

    /// Id `capital`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "capital", name: "Capital programme", version: "1.0.0", protoPackage: "cyphub.capital.v1")
    }

    /// Creates the `cap_` tables.
    public var migrations: [Migration] { CapitalSchema.migrations }

    /// Reads the settings and registers the five methods.
    ///
    /// Settings (`modules.settings.capital`), all optional; no rate is invented when one is absent:
    /// - `s106.yieldPerDwelling`: pupils per dwelling, keys `primary`, `secondary`, `specialist` (0-10);
    /// - `s106.costPerPlace`: pounds per place, keys `primary`, `secondary` (1-10,000,000); when a phase has
    ///   none, the newest programme's cost per place of that phase is used;
    /// - `s106.specialistCostMultiplier`: a specialist place costs this multiple of the mean of the primary
    ///   and secondary costs per place (more than 0, at most 100).
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let service = CapitalService(storage: context.storage, s106Settings: try S106Settings(settings: context.settings))
        try router.registerUnary(
            Self.getProgramme, request: GetProgrammeRequest.self, response: GetProgrammeResponse.self
        ) { request, _ in
            try await service.programme(request)
        }
        try router.registerUnary(
            Self.listVersions, request: ListVersionsRequest.self, response: ListVersionsResponse.self
        ) { request, _ in
            try await service.versions(request)
        }
        try router.registerUnary(
            Self.compareVersions, request: CompareVersionsRequest.self, response: CompareVersionsResponse.self
        ) { request, _ in
            try await service.compare(request)
        }
        try router.registerUnary(
            Self.calculateS106, request: CalculateS106Request.self, response: CalculateS106Response.self
        ) { request, _ in
            try await service.s106(request)
        }
        try router.registerUnary(
            Self.importData, request: CapitalImportRequest.self, response: CapitalImportResponse.self
        ) { request, _ in
            try await service.importProgramme(request)
        }
    }

    /// Imports the demo versions (``CapitalDemoData``) through the module's own importer, oldest first.
    public func loadDemoData(context: ModuleContext) async throws {
        let service = CapitalService(storage: context.storage)
        for request in CapitalDemoData.requests {
            _ = try await service.importProgramme(request)
        }
    }
}
