extension S106Line {
    /// A computed phase line with where its rates come from.
    public init(_ line: S106PhaseLine, yieldBasis: RateBasis, costBasis: RateBasis, costBasisNote: String) {
        self.init(
            phase: line.phase, yieldPerDwelling: line.yieldPerDwelling, yieldBasis: yieldBasis, pupils: line.pupils,
            costPerPlacePounds: line.costPerPlacePounds, costBasis: costBasis, costBasisNote: costBasisNote,
            contributionPounds: line.contributionPounds)
    }
}
