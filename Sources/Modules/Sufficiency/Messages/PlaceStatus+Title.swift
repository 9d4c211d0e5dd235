extension PlaceStatus {
    /// A label for people.
    public var title: String {
        switch self {
        case .unspecified: ""
        case .shortfall: "Shortfall"
        case .belowTarget: "Below target"
        case .withinTarget: "Within target"
        case .aboveTarget: "Above target"
        case .noCapacity: "No capacity"
        }
    }
}
