/// An authority's name and region, from the authorities dataset.
struct AuthorityRecord: Sendable, Hashable {
    /// ONS code.
    var code: String
    /// Name.
    var name: String
    /// Region code (`E12000004`), or empty.
    var regionCode: String
    /// Region name, or empty.
    var regionName: String
    /// Whether the authority is made up for the demo.
    var synthetic: Bool
}
