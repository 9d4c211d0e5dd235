extension Rephasing {
    /// Compares two cumulative profiles over the same years (spend before the programme included): spend moved
    /// to later years (by the end of every year the cumulative spend is at most what it was) is `slipped`, to
    /// earlier years `accelerated`, both ways `mixed`.
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
