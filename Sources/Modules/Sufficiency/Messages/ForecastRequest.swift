/// Proto `ForecastRequest`: which forecast to run.
public struct ForecastRequest: Sendable, Hashable, Codable {
    /// The authority's ONS code.
    public var authority: String
    /// Primary, secondary, or both (`unspecified`).
    public var phase: PhaseFilter
    /// One area's code, or empty for every area of the phase(s).
    public var planningArea: String
    /// The last census year used (`2023/24`), empty for the latest held.
    public var baseYear: String
    /// Keep the forecast for accuracy tracking.
    public var store: Bool
}
