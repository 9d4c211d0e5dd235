extension IndicatorReportLine {
    /// The wire line for an engine row. Suppression is already applied in `row`.
    public init(_ row: IndicatorReportRow) {
        let definition = row.definition
        func figure(_ comparator: AreaComparator?) -> AreaFigure? {
            comparator.map {
                AreaFigure(
                    areaCode: $0.areaCode, areaName: $0.areaName, value: $0.value, display: definition.format($0.value),
                    source: $0.source)
            }
        }
        self.init(
            indicatorId: definition.id,
            name: definition.name,
            valueType: definition.valueType,
            polarity: definition.polarity,
            frequency: definition.frequency,
            decimalPlaces: definition.decimalPlaces,
            period: row.period.code,
            periodLabel: row.period.label,
            value: row.value,
            suppressed: row.suppressed,
            valueDisplay: row.valueDisplay,
            hasNumerator: row.numerator != nil,
            numerator: row.numerator ?? 0,
            hasDenominator: row.denominator != nil,
            denominator: row.denominator ?? 0,
            hasPrevious: row.previousPeriod != nil,
            previousPeriod: row.previousPeriod?.code ?? "",
            previousPeriodLabel: row.previousPeriod?.label ?? "",
            previousValue: row.previousValue ?? 0,
            previousSuppressed: row.previousSuppressed,
            previousDisplay: row.previousDisplay,
            hasChange: row.change != nil,
            change: row.change ?? 0,
            changeDisplay: row.changeDisplay,
            hasChangePercent: row.changePercent != nil,
            changePercent: row.changePercent ?? 0,
            trend: row.trend,
            trendDisplay: row.trend.displayName,
            target: row.target.map {
                TargetSpec(comparator: $0.comparator, value: $0.value, display: row.targetDisplay)
            },
            rag: row.rag,
            ragBasis: row.ragBasis,
            hasRagReference: row.ragReference != nil,
            ragReference: row.ragReference ?? 0,
            hasRank: row.benchmark?.rank != nil,
            rank: row.benchmark?.rank ?? 0,
            reportingCount: row.benchmark?.reportingCount ?? 0,
            quartileBand: row.benchmark?.band?.rawValue ?? 0,
            quartileLetter: row.benchmark?.band?.letter ?? "",
            hasQuartiles: row.benchmark != nil,
            lowerQuartile: row.benchmark?.cutPoints.lower ?? 0,
            median: row.benchmark?.cutPoints.median ?? 0,
            upperQuartile: row.benchmark?.cutPoints.upper ?? 0,
            hasNeighbourAverage: row.neighbourAverage != nil,
            neighbourAverage: row.neighbourAverage?.value ?? 0,
            neighbourAverageDisplay: row.neighbourAverage.map { definition.format($0.value) } ?? "",
            neighboursReporting: row.neighbourAverage?.reportingCount ?? 0,
            neighbourSetSize: row.neighbourAverage?.setSize ?? 0,
            england: figure(row.england),
            region: figure(row.region),
            source: row.source)
    }
}
