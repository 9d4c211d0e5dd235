/// Proto `YearGroupPupils`: pupils in one year group.
public struct YearGroupPupils: Sendable, Hashable, Codable {
    /// `R`, `Y1` … `Y13`.
    public var yearGroup: String
    /// Pupils (a forecast is fractional; actual numbers on roll are whole).
    public var pupils: Double
}
