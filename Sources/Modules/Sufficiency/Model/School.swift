public import CYPHubCore
public import CapitalModule

/// A school (or a specialist provision) in a planning area, with its places.
public struct School: Sendable, Hashable {
    /// The authority's ONS code.
    public var authority: String
    /// The school's Unique Reference Number.
    public var urn: String
    /// The school's name.
    public var name: String
    /// Primary, secondary or specialist.
    public var phase: SchoolPhase
    /// The planning area it is in (an area of the same phase).
    public var planningArea: String
    /// Net capacity: every place of the school (for a specialist provision, including post-16 places).
    public var netCapacity: Int
    /// The academic year it opened, `nil` when open before the data.
    public var openingYear: AcademicYear?
    /// The first academic year it is closed, `nil` when open.
    public var closingYear: AcademicYear?
    /// Secondary schools: whether it has a sixth form (Years 12-13 on roll).
    public var sixthForm: Bool
    /// Mainstream, or the kind of specialist provision.
    public var provision: ProvisionType
    /// Specialist provision: statutory school-age places for primary pupils.
    public var primaryPlaces: Int
    /// Specialist provision: statutory school-age places for secondary pupils.
    public var secondaryPlaces: Int

    /// Creates a school.
    public init(
        authority: String, urn: String, name: String, phase: SchoolPhase, planningArea: String, netCapacity: Int,
        openingYear: AcademicYear? = nil, closingYear: AcademicYear? = nil, sixthForm: Bool = false,
        provision: ProvisionType = .mainstream, primaryPlaces: Int = 0, secondaryPlaces: Int = 0
    ) {
        self.authority = authority
        self.urn = urn
        self.name = name
        self.phase = phase
        self.planningArea = planningArea
        self.netCapacity = netCapacity
        self.openingYear = openingYear
        self.closingYear = closingYear
        self.sixthForm = sixthForm
        self.provision = provision
        self.primaryPlaces = primaryPlaces
        self.secondaryPlaces = secondaryPlaces
    }

    /// Whether the school is open in `year`: opened in or before it and not yet closed.
    public func isOpen(in year: AcademicYear) -> Bool {
        (openingYear.map { $0 <= year } ?? true) && (closingYear.map { year < $0 } ?? true)
    }

    /// The places it contributes to its phase's capacity: net capacity for mainstream schools, statutory
    /// school-age places (primary + secondary) for specialist provision.
    public var places: Int { phase == .specialist ? primaryPlaces + secondaryPlaces : netCapacity }
}
