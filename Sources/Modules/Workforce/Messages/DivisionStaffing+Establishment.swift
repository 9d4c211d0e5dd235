extension DivisionStaffing {
    /// A computed division: its services in source order, and totals computed from them.
    public init(_ division: EstablishmentDivision) {
        self.init(
            name: division.name, services: division.services.map(ServiceStaffing.init), headcount: division.headcount,
            fte: FteSum(division.fte))
    }
}
