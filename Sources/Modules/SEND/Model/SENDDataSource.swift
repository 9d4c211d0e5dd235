/// Where a figure comes from, so that a person can tell a council's number from one worked out or
/// made up for the demo. Ordered from strongest to weakest: a figure built from several takes the
/// weakest of their sources.
public enum SENDDataSource: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Printed in a council paper.
    case published
    /// Worked out from published figures (the note says how).
    case derived
    /// Made up for the demo; not a council's figure.
    case synthetic

    /// Orders published < derived < synthetic.
    public static func < (lhs: SENDDataSource, rhs: SENDDataSource) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .published: 0
        case .derived: 1
        case .synthetic: 2
        }
    }
}
