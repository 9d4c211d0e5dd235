extension Polarity {
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
