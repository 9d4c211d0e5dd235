/// The kind of setting a child or young person with SEN is educated in, or `all` for a figure not
/// broken down by setting.
public enum SENDSettingType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not broken down by setting.
    case all
    /// Early years settings (nurseries, childminders, pre-school).
    case earlyYears = "early_years"
    /// Mainstream schools (maintained and academies), outside any resourced provision.
    case mainstreamSchool = "mainstream_school"
    /// Resourced provision or SEN units attached to mainstream schools.
    case resourcedProvision = "resourced_provision"
    /// State-funded special schools (maintained and academies, including free schools).
    case specialSchool = "special_school"
    /// Independent and non-maintained special schools.
    case independentSpecial = "independent_special"
    /// Alternative provision and pupil referral units.
    case alternativeProvision = "alternative_provision"
    /// Further education and other post-16 providers.
    case furtherEducation = "further_education"
    /// Anything else: education otherwise than at school, not in education, employment or training.
    case other

    /// A name for people.
    public var title: String {
        switch self {
        case .all: "All settings"
        case .earlyYears: "Early years"
        case .mainstreamSchool: "Mainstream school"
        case .resourcedProvision: "Resourced provision / SEN unit"
        case .specialSchool: "State-funded special school"
        case .independentSpecial: "Independent / non-maintained special"
        case .alternativeProvision: "Alternative provision / PRU"
        case .furtherEducation: "Further education / post-16"
        case .other: "Other (EOTAS, NEET, elsewhere)"
        }
    }
}
