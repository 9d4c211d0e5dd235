extension SchoolPhase {
    /// The phases places are planned for, in this order: every case but ``unspecified``. Settings keys, CSV
    /// `phase` values and the figures by phase use these.
    public static let phases: [SchoolPhase] = [.primary, .secondary, .specialist]

    /// A name for people.
    public var title: String {
        switch self {
        case .unspecified: "Unspecified"
        case .primary: "Primary"
        case .secondary: "Secondary"
        case .specialist: "Specialist"
        }
    }
}
