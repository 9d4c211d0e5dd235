extension IndicatorEngine {
    /// Builds the row a person sees: rounded values, display strings, suppression applied.
    func present(
        definition: IndicatorDefinition,
        current: IndicatorObservation,
        previous: IndicatorObservation?,
        rag: RagStatus,
        basis: RagBasis,
        reference: Double?,
        benchmark: NationalBenchmark?,
        neighbourAverage: NeighbourAverage?,
        england: AreaComparator?,
        region: AreaComparator?
    ) -> IndicatorReportRow {
        let suppress = options.suppressSmallNumbers
        let suppressed = suppress && SmallNumberSuppression.isSuppressed(current, valueType: definition.valueType)
        let previousSuppressed =
            suppress
            && previous.map { SmallNumberSuppression.isSuppressed($0, valueType: definition.valueType) }
                ?? false
        let shownValue = definition.displayed(current.value)
        let shownPrevious = previous.map { definition.displayed($0.value) }

        var change: Double?
        var changePercent: Double?
        if let shownPrevious, !suppressed, !previousSuppressed {
            let difference = DecimalRounding.round(shownValue - shownPrevious, places: definition.decimalPlaces)
            change = difference
            changePercent =
                shownPrevious == 0 ? nil : DecimalRounding.clean(difference / abs(shownPrevious) * 100)
        }
        let trend =
            previous.map {
                options.trendRule.trend(
                    from: $0.value, to: current.value, polarity: definition.polarity,
                    decimalPlaces: definition.decimalPlaces)
            } ?? .none

        return IndicatorReportRow(
            definition: definition,
            authorityCode: current.authorityCode,
            period: current.period,
            value: suppressed ? 0 : shownValue,
            numerator: suppressed ? nil : current.numerator,
            denominator: current.denominator,
            suppressed: suppressed,
            valueDisplay: suppressed ? FigureFormatter.suppressedMark : definition.format(shownValue),
            previousPeriod: previous?.period,
            previousValue: shownPrevious.map { previousSuppressed ? 0 : $0 },
            previousSuppressed: previousSuppressed,
            previousDisplay: shownPrevious.map {
                previousSuppressed ? FigureFormatter.suppressedMark : definition.format($0)
            } ?? "",
            change: change,
            changePercent: changePercent,
            changeDisplay: change.map {
                FigureFormatter.formatChange($0, as: definition.valueType, decimalPlaces: definition.decimalPlaces)
            } ?? "",
            trend: trend,
            target: definition.target,
            targetDisplay: definition.target?.display(
                valueType: definition.valueType, decimalPlaces: definition.decimalPlaces) ?? "",
            rag: rag,
            ragBasis: basis,
            ragReference: reference,
            benchmark: benchmark,
            neighbourAverage: neighbourAverage,
            england: england,
            region: region,
            source: current.source)
    }
}
