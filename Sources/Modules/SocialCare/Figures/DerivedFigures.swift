/// The figures of a snapshot computed from its imported counts and worker records, exact.
/// Proto: `DerivedFigures`.
public struct DerivedFigures: Codable, Sendable, Hashable {
    /// Whether the rates are defined (children aged 0-17 is positive).
    public var hasRates: Bool
    /// Child protection plans per 10,000 children aged 0-17.
    public var childProtectionRate: Double
    /// Children looked after per 10,000 children aged 0-17.
    public var childrenLookedAfterRate: Double
    /// Children in need per 10,000 children aged 0-17.
    public var childrenInNeedRate: Double
    /// CASS in care (S20) plus care leavers.
    public var cassOpen: Int
    /// Whether the snapshot has Early Help cluster worker records.
    public var hasEarlyHelpCasesOpen: Bool
    /// EH cases open led by clusters, by individuals: the sum over cluster workers.
    public var earlyHelpCasesOpenIndividuals: Int
    /// EH cases open led by clusters, by families: the sum over cluster workers.
    public var earlyHelpCasesOpenFamilies: Int

    /// Computes the figures of a snapshot.
    public init(_ figures: SnapshotFigures) {
        let demand = figures.demand
        if let cp = demand.childProtectionRate, let cla = demand.childrenLookedAfterRate,
            let cin = demand.childrenInNeedRate
        {
            hasRates = true
            childProtectionRate = cp
            childrenLookedAfterRate = cla
            childrenInNeedRate = cin
        } else {
            hasRates = false
            childProtectionRate = 0
            childrenLookedAfterRate = 0
            childrenInNeedRate = 0
        }
        cassOpen = demand.cassOpen
        let individuals = figures.caseload(CaseloadMeasure(.earlyHelpCluster, .cases))
        let families = figures.caseload(CaseloadMeasure(.earlyHelpCluster, .families))
        hasEarlyHelpCasesOpen = individuals != nil
        earlyHelpCasesOpenIndividuals = individuals?.totalCaseload ?? 0
        earlyHelpCasesOpenFamilies = families?.totalCaseload ?? 0
    }
}
