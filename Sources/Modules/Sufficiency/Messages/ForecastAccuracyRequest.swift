/// Proto `ForecastAccuracyRequest`.
public struct ForecastAccuracyRequest: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Phase.
    public var phase: PhaseFilter
}
