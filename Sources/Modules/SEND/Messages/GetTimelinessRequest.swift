/// Proto `GetTimelinessRequest`: statutory timeliness over a period.
public struct GetTimelinessRequest: Sendable, Hashable, Codable {
    /// ONS code.
    public var authority: String
    /// First day, `YYYY-MM-DD`. With both dates empty: the calendar year of the latest plan issued.
    public var periodStart: String
    /// Last day (inclusive), `YYYY-MM-DD`.
    public var periodEnd: String

    /// Creates a request.
    public init(authority: String, periodStart: String = "", periodEnd: String = "") {
        self.authority = authority
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }
}
