/// The raw values are the CSV names (`early_help`).
extension SupervisionArea {
    /// Every area compliance is measured for (all but ``unspecified``), in table order.
    public static let specified: [SupervisionArea] = allCases.filter { $0 != .unspecified }

    /// The label the snapshot table uses: `CSC`, `Early Help`.
    public var displayName: String {
        switch self {
        case .unspecified: "Unspecified"
        case .csc: "CSC"
        case .earlyHelp: "Early Help"
        }
    }
}
