public import CYPHubCore

// The messages and methods of the built-in services (Proto/cyphub/host/v1/host.proto), shared by
// the host that serves them and the client that calls them.

/// `cyphub.host.v1.HealthCheckRequest`.
public struct HealthCheckRequest: Codable, Sendable, Hashable {
    /// A module id, or empty for the whole host.
    public var module: String
    /// Creates a request.
    public init(module: String = "") { self.module = module }
}

/// `cyphub.host.v1.ModuleHealth`.
public struct ModuleHealth: Codable, Sendable, Hashable {
    /// The module id.
    public var module: String
    /// Its status.
    public var status: ServingStatus
    /// Creates an entry.
    public init(module: String, status: ServingStatus) {
        self.module = module
        self.status = status
    }
}

/// `cyphub.host.v1.HealthCheckResponse`.
public struct HealthCheckResponse: Codable, Sendable, Hashable {
    /// The host's (or the asked module's) status.
    public var status: ServingStatus
    /// Every compiled module's status, when the whole host was asked.
    public var modules: [ModuleHealth]
    /// The host's version.
    public var version: String
    /// Creates a response.
    public init(status: ServingStatus, modules: [ModuleHealth], version: String) {
        self.status = status
        self.modules = modules
        self.version = version
    }
}

/// `cyphub.host.v1.ListModulesRequest`.
public struct ListModulesRequest: Codable, Sendable, Hashable {
    /// Creates a request.
    public init() {}
}

/// `cyphub.host.v1.MethodInfo`.
public struct MethodInfo: Codable, Sendable, Hashable {
    /// `package.Service/Method`.
    public var name: String
    /// `unary` or `server_streaming`.
    public var kind: String
    /// The request message's full name.
    public var inputType: String
    /// The response message's full name.
    public var outputType: String
    /// Creates an entry.
    public init(name: String, kind: String, inputType: String, outputType: String) {
        self.name = name
        self.kind = kind
        self.inputType = inputType
        self.outputType = outputType
    }
}

/// `cyphub.host.v1.ModuleInfo`.
public struct ModuleInfo: Codable, Sendable, Hashable {
    /// The module id.
    public var id: String
    /// The display name.
    public var name: String
    /// The version.
    public var version: String
    /// The proto package.
    public var protoPackage: String
    /// Whether config enables it.
    public var enabled: Bool
    /// Its methods (empty when disabled).
    public var methods: [MethodInfo]
    /// Creates an entry.
    public init(id: String, name: String, version: String, protoPackage: String, enabled: Bool, methods: [MethodInfo]) {
        self.id = id
        self.name = name
        self.version = version
        self.protoPackage = protoPackage
        self.enabled = enabled
        self.methods = methods
    }
}

/// `cyphub.host.v1.ListModulesResponse`.
public struct ListModulesResponse: Codable, Sendable, Hashable {
    /// The host's version.
    public var version: String
    /// Every compiled module, the built-in `host` first.
    public var modules: [ModuleInfo]
    /// Creates a response.
    public init(version: String, modules: [ModuleInfo]) {
        self.version = version
        self.modules = modules
    }
}

/// `cyphub.host.v1.EchoRequest` / `EchoResponse`.
public struct EchoMessage: Codable, Sendable, Hashable {
    /// Bytes echoed back.
    public var payload: [UInt8]
    /// Creates a message.
    public init(payload: [UInt8] = []) { self.payload = payload }
}

/// The built-in methods.
public enum HostMethods {
    /// `cyphub.host.v1.Health/Check`.
    public static let healthCheck = MethodDescriptor(service: "cyphub.host.v1.Health", method: "Check")
    /// `cyphub.host.v1.Modules/List`.
    public static let listModules = MethodDescriptor(service: "cyphub.host.v1.Modules", method: "List")
    /// `cyphub.host.v1.Diagnostics/Echo`.
    public static let echo = MethodDescriptor(service: "cyphub.host.v1.Diagnostics", method: "Echo")
}
