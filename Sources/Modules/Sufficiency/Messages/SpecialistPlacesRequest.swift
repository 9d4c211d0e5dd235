/// Proto `SpecialistPlacesRequest`.
public struct SpecialistPlacesRequest: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Base year.
    public var baseYear: String
}
