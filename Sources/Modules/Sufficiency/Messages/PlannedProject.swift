/// Proto `PlannedProject`: A capital project that adds places in the area.
public struct PlannedProject: Sendable, Hashable, Codable {
    /// Project id.
    public var projectId: String
    /// Name.
    public var name: String
    /// Places.
    public var places: Int
    /// Opening year.
    public var openingYear: String
    /// Pounds.
    public var grossCost: Double
}
