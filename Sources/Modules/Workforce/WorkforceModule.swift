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

    /// Registers the four methods.
    ///
    /// The caseload thresholds of the summary's social care section are the social care module's own setting,
    /// `modules.settings.social-care.caseloadThresholds` (read whether or not that module is enabled), so the two
    /// modules report the same figure for the same workers. The module has no settings of its own: the former
    /// `modules.settings.workforce.caseloadThresholds` stops start-up with a message saying where it now lives.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        try context.settings.removed(
            "caseloadThresholds",
            "this setting has moved: workforce now uses the social care module's thresholds, so both modules report "
                + "the same figure; set modules.settings.social-care.caseloadThresholds instead "
                + "(CYPHUB_MODULES_SETTINGS_SOCIAL_CARE_CASELOAD_THRESHOLDS_<MEASURE> in the environment)"
        )
        let thresholds = try SocialCareModule.caseloadThresholds(context: context)
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
