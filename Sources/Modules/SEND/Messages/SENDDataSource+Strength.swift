extension SENDDataSource: Comparable {
    /// Orders published < derived < synthetic, strongest to weakest: a figure built from several rows takes the
    /// weakest (the greatest) of their sources.
    public static func < (lhs: SENDDataSource, rhs: SENDDataSource) -> Bool { lhs.strengthRank < rhs.strengthRank }

    private var strengthRank: Int {
        switch self {
        case .published: 0
        case .derived: 1
        case .synthetic: 2
        }
    }
}
