/// Which direction of an indicator is better. Sets the direction of ranks and quartile bands, what
/// "worse" means for the trend rule, and the implied comparator of the no-target RAG rule.
///
/// Raw values are the wire names (`POLARITY_HIGH_IS_GOOD` -> `"high_is_good"`); `POLARITY_NONE` is the
/// wire default (0).
public enum Polarity: String, Sendable, Hashable, CaseIterable, Codable {
    /// Neither direction is better (e.g. the number of children with an EHCP): no rank, no band.
    case none
    /// Higher values are better (e.g. reviews held in time).
    case highIsGood = "high_is_good"
    /// Lower values are better (e.g. re-referrals).
    case lowIsGood = "low_is_good"

    /// The wording the seed's appendix uses: "High = Good", "Low = Good", "N/A".
    public var displayName: String {
        switch self {
        case .none: "N/A"
        case .highIsGood: "High = Good"
        case .lowIsGood: "Low = Good"
        }
    }

    /// Whether moving from `old` to `new` is a deterioration. Always `false` when polarity is `none`.
    public func isWorsening(from old: Double, to new: Double) -> Bool {
        switch self {
        case .none: false
        case .highIsGood: new < old
        case .lowIsGood: new > old
        }
    }

    /// Whether `a` is strictly better than `b`. Always `false` when polarity is `none`.
    public func isBetter(_ a: Double, than b: Double) -> Bool {
        switch self {
        case .none: false
        case .highIsGood: a > b
        case .lowIsGood: a < b
        }
    }
}
