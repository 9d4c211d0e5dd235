/// Proto `cyphub.workforce.v1.GetAgencyCostRequest`: which pay rates and agency FTE to cost.
public struct GetAgencyCostRequest: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// `YYYY-MM-DD`: use the pay rates and the staff return held on or before this date; empty for the latest.
    public var asAt: String
    /// When true, cost ``agencyFTE`` instead of the agency FTE of the staff return.
    public var hasAgencyFTE: Bool
    /// Agency FTE to cost when ``hasAgencyFTE`` is true.
    public var agencyFTE: Double

    enum CodingKeys: String, CodingKey {
        case authority
        case asAt
        case hasAgencyFTE = "hasAgencyFte"
        case agencyFTE = "agencyFte"
    }

    /// Creates a request; pass `agencyFTE` to cost that FTE rather than the staff return's.
    public init(authority: String, asAt: String = "", agencyFTE: Double? = nil) {
        self.authority = authority
        self.asAt = asAt
        self.hasAgencyFTE = agencyFTE != nil
        self.agencyFTE = agencyFTE ?? 0
    }
}
