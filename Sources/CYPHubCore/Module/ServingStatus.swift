/// Whether the host, or one module, can serve calls. Mirrors `cyphub.host.v1.ServingStatus`.
public enum ServingStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not known (for example a module id the host has never heard of).
    case unknown
    /// Serving calls.
    case serving
    /// Not serving: disabled, failed its health check, or the host is shutting down.
    case notServing = "not_serving"
}
