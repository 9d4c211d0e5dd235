extension IndicatorSummary {
    /// The summary of `definition`: how many observations and authorities it has, and the latest period
    /// any authority reports (`nil` when there are no observations).
    public init(
        _ definition: IndicatorDefinition, observationCount: Int, authorityCount: Int, latestPeriod: ReportingPeriod?
    ) {
        self.init(
            id: definition.id, name: definition.name, valueType: definition.valueType, polarity: definition.polarity,
            frequency: definition.frequency, decimalPlaces: definition.decimalPlaces,
            target: definition.target.map { TargetSpec($0, of: definition) },
            amberToleranceKind: definition.amberTolerance.kind, amberTolerance: definition.amberTolerance.amount,
            comparison: definition.comparison, observationCount: observationCount, authorityCount: authorityCount,
            latestPeriod: latestPeriod?.code ?? "", latestPeriodLabel: latestPeriod?.label ?? "")
    }
}
