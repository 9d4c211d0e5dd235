/// The phase of education school places are for. The sufficiency module plans places by these phases, and
/// capital projects that add places name one.
public enum SchoolPhase: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reception to Year 6.
    case primary
    /// Year 7 to Year 11 (and Years 12-13 in schools with a sixth form).
    case secondary
    /// Specialist places for pupils with an EHCP: special schools, SEN units, resourced provision.
    case specialist

    /// A name for people.
    public var title: String {
        switch self {
        case .primary: "Primary"
        case .secondary: "Secondary"
        case .specialist: "Specialist"
        }
    }
}
