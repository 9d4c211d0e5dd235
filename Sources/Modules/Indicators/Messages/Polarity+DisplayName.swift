extension Polarity {
    /// The wording the seed's appendix uses: "High = Good", "Low = Good", "N/A".
    public var displayName: String {
        switch self {
        case .none: "N/A"
        case .highIsGood: "High = Good"
        case .lowIsGood: "Low = Good"
        }
    }
}
