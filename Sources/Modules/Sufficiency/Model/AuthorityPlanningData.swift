public import CapitalModule

/// Everything the forecasts of one authority use, read from storage in one consistent snapshot.
public struct AuthorityPlanningData: Sendable {
    /// The authority's ONS code.
    public var authority: String
    /// Its planning areas, every phase.
    public var areas: [PlanningArea]
    /// Its schools and specialist provision.
    public var schools: [School]
    /// Numbers on roll summed over each area's schools: area → academic year (start) → year group → pupils.
    public var numbersOnRoll: [String: [Int: [Int: Int]]]
    /// Births (or GP registrations): primary area → calendar year → births.
    public var births: [String: [Int: Int]]
    /// Housing completions: area → academic year (start) → dwellings.
    public var housing: [String: [Int: Int]]
    /// Pupils per new dwelling, by phase.
    public var yields: [SchoolPhase: Double]
    /// Places added or removed outside the capital programme.
    public var placeChanges: [PlaceChange]

    /// Creates the data.
    public init(
        authority: String, areas: [PlanningArea], schools: [School] = [], numbersOnRoll: [String: [Int: [Int: Int]]] = [:],
        births: [String: [Int: Int]] = [:], housing: [String: [Int: Int]] = [:], yields: [SchoolPhase: Double] = [:],
        placeChanges: [PlaceChange] = []
    ) {
        self.authority = authority
        self.areas = areas
        self.schools = schools
        self.numbersOnRoll = numbersOnRoll
        self.births = births
        self.housing = housing
        self.yields = yields
        self.placeChanges = placeChanges
    }

    /// Academic years (start) with numbers on roll held in any area, oldest first.
    public var censusYears: [Int] {
        Set(numbersOnRoll.values.flatMap(\.keys)).sorted()
    }

    /// The area with `code`.
    public func area(_ code: String) -> PlanningArea? { areas.first { $0.code == code } }

    /// Areas of one phase, in code order.
    public func areas(of phase: SchoolPhase) -> [PlanningArea] {
        areas.filter { $0.phase == phase }.sorted { $0.code < $1.code }
    }
}
