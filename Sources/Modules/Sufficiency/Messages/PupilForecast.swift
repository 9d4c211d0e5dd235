/// Proto `PupilForecast`: a cohort-survival forecast of an authority's planning areas, with its provenance.
public struct PupilForecast: Sendable, Hashable, Codable {
    /// The authority's ONS code.
    public var authority: String
    /// The last census year used (`2023/24`).
    public var baseYear: String
    /// The method, for people.
    public var method: String
    /// Years of history each ratio averages.
    public var survivalYears: Int
    /// Years ahead, primary.
    public var primaryHorizonYears: Int
    /// Years ahead, secondary.
    public var secondaryHorizonYears: Int
    /// One forecast per planning area.
    public var areas: [AreaForecast]
    /// The data it was run on.
    public var data: [DataSource]
    /// When it was run (ISO 8601, UTC).
    public var runAt: String
    /// The stored forecast's id; 0 when not stored.
    public var forecastId: Int
}
