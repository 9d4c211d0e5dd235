public import CYPHubCore
import SocialCareModule

/// The workforce module: staffing establishment by division and service, the DfE children's social work
/// workforce indicators (turnover, agency, vacancy rates and average caseload), and the cost of agency
/// social workers against employed ones. Module id `workforce`, proto package `cyphub.workforce.v1`.
public struct WorkforceModule: DomainModule {
    /// The fully qualified proto service name.
    public static let serviceName = "cyphub.workforce.v1.Workforce"
    /// `GetEstablishment`: establishment by division and service with computed totals.
    public static let getEstablishment = MethodDescriptor(service: serviceName, method: "GetEstablishment")
    /// `GetWorkforceSummary`: DfE workforce indicators of a staff return.
    public static let getWorkforceSummary = MethodDescriptor(service: serviceName, method: "GetWorkforceSummary")
    /// `GetAgencyCost`: agency premium per FTE and the annual cost of the agency FTE.
    public static let getAgencyCost = MethodDescriptor(service: serviceName, method: "GetAgencyCost")
    /// `Import`: one CSV file into one dataset, all or nothing.
    public static let importData = MethodDescriptor(service: serviceName, method: "Import")

    /// Creates the module.
    public init() {}

    /// Id `workforce`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "workforce", name: "Workforce", version: "1.0.0", protoPackage: "cyphub.workforce.v1")
    }

    /// Creates the `wf_` tables.
    public var migrations: [Migration] { WorkforceSchema.migrations }

    /// Reads the settings and registers the four methods.
    ///
    /// Settings (`modules.settings.workforce`):
    /// - `caseloadThresholds`: the thresholds handed to the social care module's caseload analysis for the
    ///   summary's social care section, in that module's own format (keys `cin`, `sat`, …,
    ///   `early_help_cluster_families`); absent keys keep social care's defaults (20; Early Help clusters 25
    ///   by individuals and 8 by families). Set the same values as `modules.settings.social-care`.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let thresholds = CaseloadThresholds.defaults.applying(
            settings: try context.settings.intMap(
                "caseloadThresholds", allowedKeys: Set(CaseloadMeasure.all.map(\.settingsKey)), range: 0...10_000
            )
        )
        let service = WorkforceService(storage: context.storage, thresholds: thresholds)
        try router.registerUnary(
            Self.getEstablishment, request: GetEstablishmentRequest.self, response: GetEstablishmentResponse.self
        ) { request, _ in
            try await service.establishment(request)
        }
        try router.registerUnary(
            Self.getWorkforceSummary, request: GetWorkforceSummaryRequest.self,
            response: GetWorkforceSummaryResponse.self
        ) { request, _ in
            try await service.summary(request)
        }
        try router.registerUnary(
            Self.getAgencyCost, request: GetAgencyCostRequest.self, response: GetAgencyCostResponse.self
        ) { request, _ in
            try await service.agencyCost(request)
        }
        try router.registerUnary(
            Self.importData, request: WorkforceImportRequest.self, response: WorkforceImportResponse.self
        ) { request, _ in
            try await service.importFile(request)
        }
    }

    /// Imports the demo files (``WorkforceDemoData``) through the module's own importer.
    public func loadDemoData(context: ModuleContext) async throws {
        let service = WorkforceService(storage: context.storage)
        for file in WorkforceDemoData.files {
            _ = try await service.importFile(
                WorkforceImportRequest(dataset: file.dataset.rawValue, fileName: file.fileName, csv: file.csv)
            )
        }
    }
}
