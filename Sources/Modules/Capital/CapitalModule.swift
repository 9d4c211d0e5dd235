public import CYPHubCore

/// The capital programme module (id `capital`, proto package `cyphub.capital.v1`).
public struct CapitalModule: DomainModule {
    /// Creates the module.
    public init() {}

    /// Id `capital`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "capital", name: "Capital programme", version: "1.0.0", protoPackage: "cyphub.capital.v1")
    }

    /// Registers the module's methods.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {}
}
