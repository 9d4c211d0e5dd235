import CYPHubCore
import CYPHubWire
import Logging

/// The immutable table a connection dispatches calls with, built once at start-up.
struct Dispatcher: Sendable {
    struct Entry: Sendable {
        let method: RegisteredMethod
        let schema: MethodSchema
    }

    let entries: [String: Entry]
    /// Proto packages of compiled modules that are not enabled, with their module ids.
    let disabledPackages: [String: String]
    let schema: ProtoSchema
    /// Frame, message, decoding, call and connection limits (`limits.*` in the configuration).
    let limits: WireLimits
    let logger: Logger

    /// The error for a method that is not served: disabled module or unknown method.
    func unavailable(_ name: String) -> RPCError {
        if let method = MethodDescriptor(fullName: name), let module = disabledPackages[method.protoPackage] {
            return RPCError(
                code: .failedPrecondition,
                message: "module \(module) is not enabled on this host (method \(name))",
                metadata: ["cyphub-module": module]
            )
        }
        return RPCError(
            code: .unimplemented, message: "unknown method '\(name)' (expected package.Service/Method; `cyp modules` lists them)")
    }
}
