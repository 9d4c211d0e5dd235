/// Proto `cyphub.workforce.v1.ServiceStaffing`: one service of a division.
public struct ServiceStaffing: Codable, Sendable, Equatable {
    /// The service's name.
    public var service: String
    /// People in post.
    public var headcount: Int
    /// False when the source gives no FTE for the service.
    public var hasFTE: Bool
    /// FTE in post; 0 when ``hasFTE`` is false.
    public var fte: Double

    enum CodingKeys: String, CodingKey {
        case service
        case headcount
        case hasFTE = "hasFte"
        case fte
    }

    /// Creates a service line.
    public init(service: String, headcount: Int, hasFTE: Bool, fte: Double) {
        self.service = service
        self.headcount = headcount
        self.hasFTE = hasFTE
        self.fte = fte
    }

    /// The wire form of an establishment line.
    public init(_ line: EstablishmentLine) {
        self.init(service: line.service, headcount: line.headcount, hasFTE: line.fte != nil, fte: line.fte ?? 0)
    }
}
