/// One authority's statistical neighbours in one published version of the neighbour model.
///
/// Neighbour sets are data, not code: DfE publishes ten neighbours per authority and revises the model
/// from time to time, so each set carries the version it came from and the date it took effect.
public struct NeighbourSet: Sendable, Hashable {
    /// The authority the set belongs to.
    public var authorityCode: String
    /// The version label (`DfE 2021`).
    public var version: String
    /// The date the version took effect, `YYYY-MM-DD`; the latest effective version is used by default.
    public var effectiveDate: String
    /// The neighbours' codes, closest first.
    public var neighbourCodes: [String]

    /// Creates a set.
    public init(authorityCode: String, version: String, effectiveDate: String, neighbourCodes: [String]) {
        self.authorityCode = authorityCode
        self.version = version
        self.effectiveDate = effectiveDate
        self.neighbourCodes = neighbourCodes
    }

    /// The set to use from `sets` (all belonging to one authority): the one labelled `version` when
    /// given, otherwise the one with the latest effective date (ties broken by the later label).
    public static func select(from sets: [NeighbourSet], version: String? = nil) -> NeighbourSet? {
        if let version, !version.isEmpty {
            return sets.first { $0.version == version }
        }
        return sets.max { ($0.effectiveDate, $0.version) < ($1.effectiveDate, $1.version) }
    }
}
