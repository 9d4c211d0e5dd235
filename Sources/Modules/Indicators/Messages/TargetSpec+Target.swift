extension TargetSpec {
    /// The wire form of `target`, shown with `definition`'s unit and decimal places (`>97.2%`).
    public init(_ target: IndicatorTarget, of definition: IndicatorDefinition) {
        self.init(
            comparator: target.comparator, value: target.value,
            display: target.display(valueType: definition.valueType, decimalPlaces: definition.decimalPlaces))
    }
}
