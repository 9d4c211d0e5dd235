public import CYPHubCore

/// The social care module (id `social-care`): the monthly social care demand snapshot of a local
/// authority, each figure compared with the snapshot 13 weeks earlier, with caseloads computed from
/// worker-level records and supervision compliance computed from counts.
///
/// Settings (`modules.settings.social-care`):
/// - `caseloadThresholds`: an object of whole numbers keyed by ``CaseloadMeasure/settingsKey``
///   (`cin`, `sat`, …, `early_help_cluster`, `early_help_cluster_families`), replacing the defaults
///   of ``CaseloadThresholds/defaults`` (20; Early Help clusters 25 by individuals, 8 by families).
///   The one setting of the thresholds: the workforce module reads it too (``caseloadThresholds(context:)``).
public struct SocialCareModule: DomainModule {
    /// Creates the module.
    public init() {}

    /// `social-care`, proto package `cyphub.socialcare.v1`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: Self.id, name: "Social care", version: "1.0.0", protoPackage: "cyphub.socialcare.v1")
    }

    /// The tables `sc_demand_snapshots`, `sc_worker_caseloads` and `sc_supervision`.
    public var migrations: [Migration] { SocialCareSchema.migrations }

    /// The module's id, `social-care`; its settings are `modules.settings.social-care`.
    public static let id = "social-care"

    /// Reads the thresholds from the settings and registers the five methods of ``SocialCare``.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let handlers = SocialCareHandlers(storage: context.storage, thresholds: try Self.caseloadThresholds(context: context))
        try router.register(SocialCare.Method.GetSnapshot.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.snapshot(request)
        }
        try router.register(SocialCare.Method.GetCaseloads.self, access: .read(.records, authority: \.authority)) { request, _ in
            try await handlers.caseloads(request)
        }
        try router.register(SocialCare.Method.ListSnapshots.self, access: .read(.aggregate, authority: \.authority)) { request, _ in
            try await handlers.list(request)
        }
        try router.register(SocialCare.Method.Import.self, access: .writeRowsOfFile) { request, _ in try await handlers.importCSV(request) }
        try router.register(SocialCare.Method.ImportStream.self, access: .writeRowsOfFile) { pieces, _ in
            try await handlers.importStream(pieces)
        }
    }

    /// The demand table as partners see it (aggregate) and the worker caseload records, per date held.
    public func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)? {
        SocialCareSnapshots(
            handlers: SocialCareHandlers(storage: context.storage, thresholds: try Self.caseloadThresholds(context: context)))
    }

    /// Loads Leicester (E06000016) at 2024-10-04 and 2024-07-05 through the module's own importer.
    /// Worker records and supervision counts are synthetic (see ``SocialCareDemoData``).
    public func loadDemoData(context: ModuleContext) async throws {
        try await Self.loadDemoData(into: context.storage)
    }

    /// Imports the demo files into `storage` (whose migrations must have run).
    static func loadDemoData(into storage: Storage) async throws {
        let files: [(Dataset, String, String)] = [
            (.demandSnapshot, "demo/leicester-demand-snapshots.csv", SocialCareDemoData.demandSnapshotCSV),
            (.workerCaseloads, "demo/leicester-worker-caseloads-SYNTHETIC.csv", SocialCareDemoData.workerCaseloadsCSV),
            (.supervision, "demo/leicester-supervision-SYNTHETIC.csv", SocialCareDemoData.supervisionCSV),
        ]
        for (dataset, fileName, text) in files {
            _ = try await SocialCareImporter.importCSV(
                dataset: dataset, fileName: fileName, text: text, storage: storage)
        }
    }

    /// The caseload thresholds in force: the defaults with `modules.settings.social-care.caseloadThresholds`
    /// applied. This module and the workforce module both read them here, so the two report the same
    /// threshold, and the same workers over it, for the same records.
    public static func caseloadThresholds(context: ModuleContext) throws -> CaseloadThresholds {
        try thresholds(context.settings(ofModule: id))
    }

    /// The defaults with `caseloadThresholds` from `settings` (this module's section) applied.
    static func thresholds(_ settings: ModuleSettings) throws -> CaseloadThresholds {
        let values = try settings.intMap(
            "caseloadThresholds",
            allowedKeys: Set(CaseloadMeasure.all.map(\.settingsKey)),
            range: 0...SocialCareImporter.maximumCaseload
        )
        return CaseloadThresholds.defaults.applying(settings: values)
    }
}
