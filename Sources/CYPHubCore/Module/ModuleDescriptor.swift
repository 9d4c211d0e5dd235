/// Who a domain module is: its id in config, its display name, its version and its proto package.
public struct ModuleDescriptor: Sendable, Hashable, Codable {
    /// The id admins write in config, e.g. `social-care`. Lower case, digits and `-`.
    public var id: String
    /// A name for people, e.g. `Social care`.
    public var name: String
    /// The module's version (semantic versioning).
    public var version: String
    /// The proto package of its messages and service, e.g. `cyphub.socialcare.v1`.
    public var protoPackage: String

    /// Creates a descriptor.
    public init(id: String, name: String, version: String, protoPackage: String) {
        self.id = id
        self.name = name
        self.version = version
        self.protoPackage = protoPackage
    }
}
