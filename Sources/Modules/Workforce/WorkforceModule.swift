public import CYPHubCore
import SocialCareModule

/// The workforce module: staffing establishment by division and service, the DfE children's social work
/// workforce indicators (turnover, agency, vacancy rates and average caseload), and the cost of agency
/// social workers against employed ones. Module id `workforce`, proto package `cyphub.workforce.v1`.
public struct WorkforceModule: DomainModule {
    /// Creates the module.
    public init() {}

    /// Id `workforce`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "workforce", name: "Workforce", version: "1.0.0", protoPackage: "cyphub.workforce.v1")
    }

    /// Creates the `wf_` tables.
    public var migrations: [Migration] { WorkforceSchema.migrations }

    /// Reads the settings and registers the four methods of ``Workforce``.
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
        let handlers = WorkforceHandlers(storage: context.storage, thresholds: thresholds)
        try router.register(Workforce.Method.GetEstablishment.self) { request, _ in
            try await handlers.establishment(request)
        }
        try router.register(Workforce.Method.GetWorkforceSummary.self) { request, _ in try await handlers.summary(request) }
        try router.register(Workforce.Method.GetAgencyCost.self) { request, _ in try await handlers.agencyCost(request) }
        try router.register(Workforce.Method.Import.self) { request, _ in try await handlers.importFile(request) }
    }

    /// Imports the demo files (``WorkforceDemoData``) through the module's own importer.
    public func loadDemoData(context: ModuleContext) async throws {
        let handlers = WorkforceHandlers(storage: context.storage)
        for file in WorkforceDemoData.files {
            _ = try await handlers.importFile(
                WorkforceImportRequest(dataset: file.dataset.rawValue, fileName: file.fileName, csv: file.csv)
            )
        }
    }
}
