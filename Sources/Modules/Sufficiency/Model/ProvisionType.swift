/// What kind of provision a school row is.
public enum ProvisionType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A mainstream primary or secondary school.
    case mainstream
    /// A special school (maintained, academy or free school).
    case specialSchool = "special_school"
    /// A special educational needs unit attached to a mainstream school.
    case senUnit = "sen_unit"
    /// Resourced provision in a mainstream school.
    case resourcedProvision = "resourced_provision"

    /// A name for people.
    public var title: String {
        switch self {
        case .mainstream: "Mainstream"
        case .specialSchool: "Special school"
        case .senUnit: "SEN unit"
        case .resourcedProvision: "Resourced provision"
        }
    }
}
