extension ValueType {
    /// The multiplier that turns `numerator / denominator` into the figure, or `nil` when the type is not
    /// a ratio (numbers, money and weeks are never derived from a numerator and denominator).
    public var ratioScale: Double? {
        switch self {
        case .percent: 100
        case .ratePer10000: 10_000
        case .unspecified, .number, .gbpThousands, .weeks: nil
        }
    }
}
