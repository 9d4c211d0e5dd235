/// Proto `ListIndicatorsRequest`: no fields.
public struct ListIndicatorsRequest: Codable, Sendable, Equatable {
    /// Creates a request.
    public init() {}
}
