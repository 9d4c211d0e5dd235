/// Proto `GetEhcpSummaryRequest`: the EHCP and SEN Support summary of one authority.
public struct GetEhcpSummaryRequest: Sendable, Hashable, Codable {
    /// ONS code, e.g. E10000018 (Leicestershire).
    public var authority: String

    /// Creates a request.
    public init(authority: String) {
        self.authority = authority
    }
}
