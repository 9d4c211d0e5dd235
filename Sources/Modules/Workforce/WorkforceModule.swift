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

    /// Reads the settings and registers the five methods of ``Workforce``.
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
        let handlers = WorkforceHandlers(storage: context.storage, thresholds: thresholds)
        try router.register(Workforce.Method.GetEstablishment.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.establishment(request)
        }
        try router.register(Workforce.Method.GetWorkforceSummary.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.summary(request)
        }
        try router.register(Workforce.Method.GetAgencyCost.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.agencyCost(request)
        }
        try router.register(Workforce.Method.Import.self, access: .writeRowsOfFile) { request, _ in try await handlers.importFile(request) }
        try router.register(Workforce.Method.ImportStream.self, access: .writeRowsOfFile) { pieces, _ in
            try await handlers.importStream(pieces)
        }
    }

    /// Each establishment date, one row per division and service (aggregate only).
    public func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)? {
        WorkforceSnapshots(handlers: WorkforceHandlers(storage: context.storage))
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
