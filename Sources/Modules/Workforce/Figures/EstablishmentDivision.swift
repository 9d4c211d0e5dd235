/// One division of an establishment: its services in source order and totals computed from them.
public struct EstablishmentDivision: Sendable, Hashable {
    /// The division's name.
    public var name: String
    /// The division's services, in the order they were given.
    public var services: [EstablishmentLine]

    /// Creates a division.
    public init(name: String, services: [EstablishmentLine]) {
        self.name = name
        self.services = services
    }

    /// Headcount of the division: the sum of its services' headcounts.
    public var headcount: Int { services.reduce(0) { $0 + $1.headcount } }

    /// FTE of the division: the sum over its services that give an FTE.
    public var fte: FTETotal { FTETotal(lines: services) }
}
