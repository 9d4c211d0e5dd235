/// Proto `GetHighNeedsForecastRequest`: the forecast of one plan, or the latest.
public struct GetHighNeedsForecastRequest: Sendable, Hashable, Codable {
    /// ONS code.
    public var authority: String
    /// The plan's id; empty for the latest plan (latest first year, then the most recently imported).
    public var planId: String

    /// Creates a request.
    public init(authority: String, planId: String = "") {
        self.authority = authority
        self.planId = planId
    }
}
