public import CapitalModule

/// The one place the sufficiency module converts between capital's `SchoolPhase`, which its records, settings
/// and computations use, and its own proto enum `Phase`, which its messages carry.
extension Phase {
    /// The message form of a phase.
    public init(_ phase: SchoolPhase) {
        switch phase {
        case .unspecified: self = .unspecified
        case .primary: self = .primary
        case .secondary: self = .secondary
        case .specialist: self = .specialist
        }
    }

    /// The phase as the records hold it; `nil` for ``unspecified``, which in a request means every phase the
    /// method covers.
    public var schoolPhase: SchoolPhase? {
        switch self {
        case .unspecified: nil
        case .primary: .primary
        case .secondary: .secondary
        case .specialist: .specialist
        }
    }

    /// Whether a request's phase covers `phase`: ``unspecified`` covers every phase.
    public func includes(_ phase: SchoolPhase) -> Bool { self == .unspecified || schoolPhase == phase }

    /// A name for people (`Primary`, …).
    public var title: String { (schoolPhase ?? .unspecified).title }
}
