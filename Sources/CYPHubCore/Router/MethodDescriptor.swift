/// Names one method: the fully qualified proto service and the method within it.
///
/// On the wire a method is named `service/method`, e.g. `cyphub.socialcare.v1.SocialCare/GetSnapshot`.
public struct MethodDescriptor: Hashable, Sendable, CustomStringConvertible {
    /// The fully qualified service name, e.g. `cyphub.socialcare.v1.SocialCare`.
    public var service: String
    /// The method's name within the service, e.g. `GetSnapshot`.
    public var method: String

    /// Creates a descriptor from a service and a method name.
    public init(service: String, method: String) {
        self.service = service
        self.method = method
    }

    /// Parses `service/method`; returns `nil` for anything else.
    public init?(fullName: String) {
        let parts = fullName.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(service: String(parts[0]), method: String(parts[1]))
    }

    /// `service/method`, as sent on the wire.
    public var fullName: String { "\(service)/\(method)" }

    /// The proto package the service belongs to (`cyphub.socialcare.v1`).
    public var protoPackage: String {
        guard let dot = service.lastIndex(of: ".") else { return "" }
        return String(service[..<dot])
    }

    /// `service/method`.
    public var description: String { fullName }
}

/// How many messages a method takes and sends back. protoc-c does not record streaming, so the registry does.
public enum MethodKind: String, Sendable, Hashable, Codable {
    /// One request, one response.
    case unary
    /// One request, any number of responses.
    case serverStreaming = "server_streaming"
    /// Any number of requests (the client says when it has sent the last), one response.
    case clientStreaming = "client_streaming"
}
