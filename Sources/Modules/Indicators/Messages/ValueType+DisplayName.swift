extension ValueType {
    /// A short human name ("Percent", "Rate per 10,000", "£000").
    public var displayName: String {
        switch self {
        case .unspecified: "Unspecified"
        case .number: "Number"
        case .percent: "Percent"
        case .ratePer10000: "Rate per 10,000"
        case .gbpThousands: "£000"
        case .weeks: "Weeks"
        }
    }
}
