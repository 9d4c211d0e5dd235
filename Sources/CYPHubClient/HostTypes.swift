public import CYPHubCore

/// `cyphub.host.v1.HealthCheckRequest`, as the client sends it.
public struct HealthQuery: Codable, Sendable, Hashable {
    /// A module id, or empty for the whole host.
    public var module: String
    /// Creates a query.
    public init(module: String = "") { self.module = module }
}

/// `cyphub.host.v1.HealthCheckResponse`, as the client reads it.
public struct HealthStatus: Codable, Sendable, Hashable {
    /// One module's health.
    public struct Module: Codable, Sendable, Hashable {
        /// The module id.
        public var module: String
        /// Its status.
        public var status: ServingStatus
    }

    /// The host's (or the asked module's) status.
    public var status: ServingStatus
    /// Every compiled module's status.
    public var modules: [Module]
    /// The host's version.
    public var version: String
}

/// An empty message (`cyphub.host.v1.ListModulesRequest`).
public struct EmptyMessage: Codable, Sendable, Hashable {
    /// Creates one.
    public init() {}
}

/// `cyphub.host.v1.ListModulesResponse`, as the client reads it.
public struct ModuleList: Codable, Sendable, Hashable {
    /// A method of a module.
    public struct Method: Codable, Sendable, Hashable {
        /// `package.Service/Method`.
        public var name: String
        /// `unary` or `server_streaming`.
        public var kind: String
        /// Request message name.
        public var inputType: String
        /// Response message name.
        public var outputType: String
    }

    /// A compiled module.
    public struct Module: Codable, Sendable, Hashable {
        /// Module id.
        public var id: String
        /// Display name.
        public var name: String
        /// Version.
        public var version: String
        /// Proto package.
        public var protoPackage: String
        /// Whether config enables it.
        public var enabled: Bool
        /// Its methods.
        public var methods: [Method]
    }

    /// The host's version.
    public var version: String
    /// Every compiled module.
    public var modules: [Module]
}
