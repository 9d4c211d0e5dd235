/// Which way a rephased project's spend moved between two versions.
public enum Rephasing: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not rephased.
    case none
    /// Moved to later years: by the end of every year the cumulative spend is at most what it was.
    case slipped
    /// Moved to earlier years: by the end of every year the cumulative spend is at least what it was.
    case accelerated
    /// Some spend moved earlier and some later.
    case mixed

    /// Compares two cumulative profiles over the same years (spend before the programme included).
    public static func between(cumulativeBefore: [Int], cumulativeAfter: [Int]) -> Rephasing {
        let pairs = zip(cumulativeBefore, cumulativeAfter)
        let later = pairs.contains { $0.1 < $0.0 }
        let earlier = pairs.contains { $0.1 > $0.0 }
        switch (later, earlier) {
        case (false, false): return .none
        case (true, false): return .slipped
        case (false, true): return .accelerated
        case (true, true): return .mixed
        }
    }
}
