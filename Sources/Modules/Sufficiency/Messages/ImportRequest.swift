/// Proto `ImportRequest`.
public struct ImportRequest: Sendable, Hashable, Codable {
    /// planning_areas, schools, number_on_roll, births, housing, pupil_yields, place_changes.
    public var dataset: String
    /// File name.
    public var fileName: String
    /// Csv.
    public var csv: String
}
