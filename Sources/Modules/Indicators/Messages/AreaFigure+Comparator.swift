extension AreaFigure {
    /// The wire form of an England or regional `comparator`, shown with `definition`'s unit (`91.0%`).
    public init(_ comparator: AreaComparator, of definition: IndicatorDefinition) {
        self.init(
            areaCode: comparator.areaCode, areaName: comparator.areaName, value: comparator.value,
            display: definition.format(comparator.value), source: comparator.source)
    }
}
