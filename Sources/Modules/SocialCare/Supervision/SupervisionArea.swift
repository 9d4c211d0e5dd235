/// The part of the service whose supervision compliance is measured.
///
/// The raw values are the wire and CSV names (`SUPERVISION_AREA_EARLY_HELP` is `early_help`).
public enum SupervisionArea: String, Sendable, Hashable, Codable, CaseIterable {
    /// Children's social care.
    case csc
    /// Early Help.
    case earlyHelp = "early_help"

    /// The label the snapshot table uses: `CSC`, `Early Help`.
    public var displayName: String {
        switch self {
        case .csc: "CSC"
        case .earlyHelp: "Early Help"
        }
    }
}
