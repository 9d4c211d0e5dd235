public import CYPHubCore

/// The education sufficiency module (id `sufficiency`, proto package `cyphub.sufficiency.v1`).
public struct SufficiencyModule: DomainModule {
    /// Creates the module.
    public init() {}

    /// Id `sufficiency`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(
            id: "sufficiency", name: "Education sufficiency", version: "1.0.0", protoPackage: "cyphub.sufficiency.v1")
    }

    /// Registers the module's methods.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {}
}
