/// The kind of area a comparator figure is for.
///
/// Raw values are the wire names (`AREA_TYPE_ENGLAND` -> `"england"`).
public enum AreaType: String, Sendable, Hashable, CaseIterable, Codable {
    /// England as a whole.
    case england
    /// A region (East Midlands, E12000004).
    case region
}
