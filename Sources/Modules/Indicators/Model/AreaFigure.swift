/// Proto `AreaFigure`: an England or regional comparator figure.
public struct AreaFigure: Codable, Sendable, Equatable {
    /// ONS code (`E92000001` England, `E12000004` East Midlands).
    public var areaCode: String
    /// The area's name.
    public var areaName: String
    /// The figure.
    public var value: Double
    /// The figure with the indicator's unit (`91.0%`).
    public var display: String
    /// Where the figure comes from.
    public var source: String

    /// Creates a figure.
    public init(areaCode: String, areaName: String, value: Double, display: String, source: String) {
        self.areaCode = areaCode
        self.areaName = areaName
        self.value = value
        self.display = display
        self.source = source
    }
}
