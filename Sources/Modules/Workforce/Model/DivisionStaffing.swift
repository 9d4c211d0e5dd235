/// Proto `cyphub.workforce.v1.DivisionStaffing`: one division, its services and totals computed from them.
public struct DivisionStaffing: Codable, Sendable, Equatable {
    /// The division's name.
    public var name: String
    /// The services, in source order.
    public var services: [ServiceStaffing]
    /// Sum of the services' headcounts.
    public var headcount: Int
    /// Sum of the services' FTE, where known.
    public var fte: FTESum

    /// Creates a division.
    public init(name: String, services: [ServiceStaffing], headcount: Int, fte: FTESum) {
        self.name = name
        self.services = services
        self.headcount = headcount
        self.fte = fte
    }

    /// The wire form of a computed division.
    public init(_ division: EstablishmentDivision) {
        self.init(
            name: division.name,
            services: division.services.map(ServiceStaffing.init),
            headcount: division.headcount,
            fte: FTESum(division.fte)
        )
    }
}
