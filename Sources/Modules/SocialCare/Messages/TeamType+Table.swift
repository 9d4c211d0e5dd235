/// The raw values are the CSV values and the settings keys for thresholds (`leaving_care_advisor`).
extension TeamType {
    /// Every team type a worker can belong to (all but ``unspecified``), in the order the snapshot table lists them.
    public static let specified: [TeamType] = allCases.filter { $0 != .unspecified }

    /// The name the snapshot table puts in brackets after a caseload label, e.g. `CIN`,
    /// `Leaving Care Team - Allocated Case Worker`.
    public var displayName: String {
        switch self {
        case .unspecified: "Unspecified"
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
