extension PhaseCostPerPlace {
    /// A phase's cost per place (gross cost in £000, per place in pounds; 0 when no places).
    public init(_ figure: CostPerPlace) {
        self.init(
            phase: figure.phase, projects: figure.projects, places: figure.places,
            grossCost: Thousands.figure(figure.grossCostPounds), costPerPlacePounds: figure.perPlacePounds ?? 0)
    }
}
