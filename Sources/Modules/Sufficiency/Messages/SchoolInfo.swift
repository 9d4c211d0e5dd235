public import CapitalModule

/// Proto `SchoolInfo`: One school (or specialist provision) in a planning area.
public struct SchoolInfo: Sendable, Hashable, Codable {
    /// Unique Reference Number.
    public var urn: String
    /// Name.
    public var name: String
    /// Phase.
    public var phase: SchoolPhase
    /// Net capacity.
    public var netCapacity: Int
    /// Academic year it opened (`2025/26`), empty when open before the data.
    public var openingYear: String
    /// First academic year it is closed, empty when open.
    public var closingYear: String
    /// Sixth form.
    public var sixthForm: Bool
    /// `mainstream`, `special_school`, `sen_unit` or `resourced_provision`.
    public var provision: String
    /// Specialist provision only: statutory school-age places for primary and secondary pupils.
    public var primaryPlaces: Int
    /// Secondary places.
    public var secondaryPlaces: Int
}
