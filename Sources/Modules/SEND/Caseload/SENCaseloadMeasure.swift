/// What a caseload count counts.
public enum SENCaseloadMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// Children and young people (0-25) with an Education, Health and Care Plan.
    case ehcp
    /// Pupils receiving SEN Support (special educational needs without an EHCP).
    case senSupport = "sen_support"

    /// A name for people.
    public var title: String {
        switch self {
        case .ehcp: "EHCPs"
        case .senSupport: "SEN Support"
        }
    }
}
