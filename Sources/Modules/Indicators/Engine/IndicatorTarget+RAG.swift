extension IndicatorTarget {
    /// Rates `value` against this target.
    ///
    /// The value is first rounded to `decimalPlaces` (what the committee sees), so the RAG always agrees
    /// with the displayed figure. Then:
    /// - **green** when the comparator holds (`>` strictly above, `>=` at or above, `<` strictly below,
    ///   `<=` at or below, `=` equal);
    /// - **amber** when it does not hold but the gap to the target is no more than the tolerance margin
    ///   (inclusive; the margin of a `percentOfReference` tolerance is that percent of the target). A zero
    ///   margin means there is no amber band: a value exactly at a strict (`>`, `<`) target is then red;
    /// - **red** otherwise.
    ///
    /// A target whose comparator is `unspecified` (never stored: the importer refuses it) rates nothing.
    ///
    /// Worked from seed 002 with a 20% of target tolerance: 87.4 vs `>97.2` misses by 9.8, margin 19.44
    /// -> amber; 26.8 vs `<20.8` misses by 6.0, margin 4.16 -> red.
    public func assess(_ value: Double, tolerance: Tolerance, decimalPlaces: Int) -> RagStatus {
        let shown = DecimalRounding.round(value, places: decimalPlaces)
        let gap: Double
        let met: Bool
        switch comparator {
        case .unspecified:
            return .none
        case .greaterThan:
            gap = DecimalRounding.clean(self.value - shown)
            met = gap < 0
        case .greaterOrEqual:
            gap = DecimalRounding.clean(self.value - shown)
            met = gap <= 0
        case .lessThan:
            gap = DecimalRounding.clean(shown - self.value)
            met = gap < 0
        case .lessOrEqual:
            gap = DecimalRounding.clean(shown - self.value)
            met = gap <= 0
        case .equal:
            gap = DecimalRounding.clean(abs(shown - self.value))
            met = gap == 0
        }
        if met { return .green }
        let margin = DecimalRounding.clean(tolerance.margin(relativeTo: self.value))
        return margin > 0 && gap <= margin ? .amber : .red
    }

    /// The target as shown in a table: comparator symbol and value (`>97.2%`).
    public func display(valueType: ValueType, decimalPlaces: Int) -> String {
        comparator.symbol + FigureFormatter.format(value, as: valueType, decimalPlaces: decimalPlaces)
    }
}
