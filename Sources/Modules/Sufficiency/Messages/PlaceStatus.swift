/// Proto `PlaceStatus`: how a year's surplus compares with the target band.
public enum PlaceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not set.
    case unspecified
    /// Forecast pupils exceed capacity.
    case shortfall
    /// A surplus below the band's minimum.
    case belowTarget = "below_target"
    /// A surplus within the band.
    case withinTarget = "within_target"
    /// A surplus above the band's maximum.
    case aboveTarget = "above_target"
    /// No capacity: the surplus is undefined.
    case noCapacity = "no_capacity"

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
