/// A domain module: social care, SEND / High Needs, education sufficiency, capital, workforce…
///
/// A module is compiled into the host and listed once (in `CYPHubModules`); which modules run is
/// decided by config. Only ``descriptor`` and ``registerMethods(with:context:)`` are required;
/// everything else has a default.
///
/// Modules see only this core API: no networking, no C, no SQL driver types.
public protocol DomainModule: Sendable {
    /// The module's id, name, version and proto package.
    var descriptor: ModuleDescriptor { get }

    /// The module's storage migrations, in order. Each id is applied once per database and is
    /// prefixed with the module id by the host, so ids need only be unique within the module.
    var migrations: [Migration] { get }

    /// Adds the module's methods to the router. Read settings here (through `context.settings`) so
    /// that a malformed value stops start-up. Throw to refuse to start.
    func registerMethods(with router: inout Router, context: ModuleContext) throws

    /// Long-running services the module needs. Default: none.
    func makeBackgroundServices(context: ModuleContext) throws -> [any BackgroundService]

    /// Loads the module's demo data. Called once per data directory, when the host runs with `--demo`.
    func loadDemoData(context: ModuleContext) async throws

    /// Whether the module can serve now. Default: serving.
    func checkHealth(context: ModuleContext) async -> ServingStatus

    /// Every CSV dataset the module imports, with the request that carries a file of it. Default: none (a module
    /// that imports CSV lists every dataset, so the fuzzer reaches each).
    var csvDatasets: [CSVImportDataset] { get }

    /// What the module can publish as snapshots (docs/snapshots.md), built on `context`. Default: none.
    func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)?
}

extension DomainModule {
    /// No migrations.
    public var migrations: [Migration] { [] }

    /// No background services.
    public func makeBackgroundServices(context: ModuleContext) throws -> [any BackgroundService] { [] }

    /// No demo data.
    public func loadDemoData(context: ModuleContext) async throws {}

    /// Always serving.
    public func checkHealth(context: ModuleContext) async -> ServingStatus { .serving }

    /// No CSV imports.
    public var csvDatasets: [CSVImportDataset] { [] }

    /// No snapshots.
    public func snapshotSource(context: ModuleContext) throws -> (any SnapshotSource)? { nil }
}
