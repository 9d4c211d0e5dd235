/// Proto `SufficiencyYear`: pupils against places in one area and year.
public struct SufficiencyYear: Sendable, Hashable, Codable {
    /// `2024/25`.
    public var academicYear: String
    /// True for the base (census) year.
    public var actual: Bool
    /// Actual numbers on roll, or the forecast rounded to whole pupils.
    public var pupils: Int
    /// Places: schools open that year plus place changes up to and including it.
    public var capacity: Int
    /// Places added (negative: removed) by place changes in this year.
    public var placesChanged: Int
    /// `capacity − pupils` when positive.
    public var sparePlaces: Int
    /// `pupils − capacity` when positive.
    public var placesNeeded: Int
    /// `(capacity − pupils) ÷ capacity × 100`.
    public var surplusPercent: Double
    /// Against the target band.
    public var status: PlaceStatus
}
