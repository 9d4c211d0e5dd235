/// What a caseload counts.
///
/// The raw values are the wire names (`CASELOAD_BASIS_FAMILIES` is `families`).
public enum CaseloadBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// The cases a worker holds: children (for Early Help and Targeted Youth Support, the individuals;
    /// for the LADO, the allegations).
    case cases
    /// The families a worker holds (Early Help clusters only).
    case families
}
