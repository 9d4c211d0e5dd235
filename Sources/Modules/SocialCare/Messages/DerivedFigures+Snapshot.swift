extension DerivedFigures {
    /// Computes the derived figures of a snapshot: its rates (defined when children aged 0-17 is positive),
    /// CASS open, and the Early Help cluster totals (set when the snapshot has cluster worker records).
    public init(_ figures: SnapshotFigures) {
        self.init()
        let demand = figures.demand
        if let cp = demand.childProtectionRate, let cla = demand.childrenLookedAfterRate,
            let cin = demand.childrenInNeedRate
        {
            hasRates = true
            childProtectionRate = cp
            childrenLookedAfterRate = cla
            childrenInNeedRate = cin
        }
        cassOpen = demand.cassOpen
        let individuals = figures.caseload(CaseloadMeasure(.earlyHelpCluster, .cases))
        let families = figures.caseload(CaseloadMeasure(.earlyHelpCluster, .families))
        hasEarlyHelpCasesOpen = individuals != nil
        earlyHelpCasesOpenIndividuals = individuals?.totalCaseload ?? 0
        earlyHelpCasesOpenFamilies = families?.totalCaseload ?? 0
    }
}
