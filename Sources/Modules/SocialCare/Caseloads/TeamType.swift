/// The kind of team a worker belongs to, as the monthly demand snapshot groups caseloads.
///
/// The raw values are the wire names (`TEAM_TYPE_LEAVING_CARE_ADVISOR` is `leaving_care_advisor`), the
/// CSV values and the settings keys for thresholds. `allCases` is in the order the snapshot table lists
/// the teams.
public enum TeamType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Children in need teams.
    case cin
    /// Safeguarding assessment teams.
    case sat
    /// Children looked after teams.
    case cla
    /// Leaving Care Team: allocated case workers (social workers).
    case leavingCareCaseWorker = "leaving_care_case_worker"
    /// Leaving Care Team: leaving care (personal) advisors.
    case leavingCareAdvisor = "leaving_care_advisor"
    /// Independent chairs of child protection conferences.
    case independentChair = "independent_chair"
    /// Independent reviewing officers for children looked after.
    case iro
    /// Kinship care teams.
    case kinship
    /// Early Help cluster workers: cases counted by individuals and by families.
    case earlyHelpCluster = "early_help_cluster"
    /// Targeted youth support workers (Early Help): cases counted by individuals.
    case targetedYouthSupport = "targeted_youth_support"
    /// The local authority designated officer (allegations against adults who work with children).
    case lado

    /// The name the snapshot table puts in brackets after a caseload label, e.g. `CIN`,
    /// `Leaving Care Team - Allocated Case Worker`.
    public var displayName: String {
        switch self {
        case .cin: "CIN"
        case .sat: "SAT"
        case .cla: "CLA"
        case .leavingCareCaseWorker: "Leaving Care Team - Allocated Case Worker"
        case .leavingCareAdvisor: "Leaving Care Team - Leaving Care Advisor"
        case .independentChair: "Independent Chair"
        case .iro: "IRO"
        case .kinship: "Kinship"
        case .earlyHelpCluster: "Early Help clusters"
        case .targetedYouthSupport: "Targeted Youth Support"
        case .lado: "LADO"
        }
    }

    /// Whether workers of this type record a family count as well as a case count.
    public var countsFamilies: Bool { self == .earlyHelpCluster }
}
