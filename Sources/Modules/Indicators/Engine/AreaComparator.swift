/// A published England or regional figure for an indicator and period.
public struct AreaComparator: Sendable, Hashable {
    /// The indicator's id.
    public var indicatorID: String
    /// The period.
    public var period: ReportingPeriod
    /// England or a region.
    public var areaType: AreaType
    /// The area's ONS code (`E92000001` England, `E12000004` East Midlands).
    public var areaCode: String
    /// The area's name.
    public var areaName: String
    /// The figure, in the indicator's units.
    public var value: Double
    /// Where the figure comes from.
    public var source: String

    /// Creates a comparator.
    public init(
        indicatorID: String, period: ReportingPeriod, areaType: AreaType, areaCode: String, areaName: String,
        value: Double, source: String = ""
    ) {
        self.indicatorID = indicatorID
        self.period = period
        self.areaType = areaType
        self.areaCode = areaCode
        self.areaName = areaName
        self.value = value
        self.source = source
    }
}
