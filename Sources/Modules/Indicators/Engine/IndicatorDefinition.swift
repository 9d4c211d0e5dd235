/// What an indicator is and how it is judged: the definition row a scrutiny table is built from.
public struct IndicatorDefinition: Sendable, Hashable, Identifiable {
    /// A stable identifier (`cp-reviews-in-timescale`).
    public var id: String
    /// The name a committee reads.
    public var name: String
    /// The kind of figure.
    public var valueType: ValueType
    /// Which direction is better.
    public var polarity: Polarity
    /// How often it is reported; every observation's period has this frequency.
    public var frequency: ReportingFrequency
    /// The decimal places it is shown with; trend, RAG, rank and quartiles use the value at this precision.
    public var decimalPlaces: Int
    /// The local target, if any.
    public var target: IndicatorTarget?
    /// The amber band around the target.
    public var amberTolerance: Tolerance
    /// Which earlier observation the latest value is compared with.
    public var comparison: ComparisonBasis

    /// Creates a definition.
    public init(
        id: String,
        name: String,
        valueType: ValueType,
        polarity: Polarity,
        frequency: ReportingFrequency,
        decimalPlaces: Int,
        target: IndicatorTarget? = nil,
        amberTolerance: Tolerance = .zero,
        comparison: ComparisonBasis = .previousPeriod
    ) {
        self.id = id
        self.name = name
        self.valueType = valueType
        self.polarity = polarity
        self.frequency = frequency
        self.decimalPlaces = decimalPlaces
        self.target = target
        self.amberTolerance = amberTolerance
        self.comparison = comparison
    }

    /// `value` rounded to this indicator's decimal places.
    public func displayed(_ value: Double) -> Double {
        DecimalRounding.round(value, places: decimalPlaces)
    }

    /// `value` formatted with this indicator's unit and decimal places (`87.4%`).
    public func format(_ value: Double) -> String {
        FigureFormatter.format(value, as: valueType, decimalPlaces: decimalPlaces)
    }
}
