/// One authority's value of one indicator for one period, with its numerator and denominator where known
/// (291 of 333 -> 87.4%).
public struct IndicatorObservation: Sendable, Hashable {
    /// The authority's ONS code (`E10000018` for Leicestershire).
    public var authorityCode: String
    /// The indicator's ``IndicatorDefinition/id``.
    public var indicatorID: String
    /// The period the value is for.
    public var period: ReportingPeriod
    /// The value in the indicator's units, unrounded.
    public var value: Double
    /// The numerator (e.g. 291 children reviewed in time), if known.
    public var numerator: Double?
    /// The denominator (e.g. 333 children), if known.
    public var denominator: Double?
    /// Where the figure comes from ("Seed 002 appendix", or "SYNTHETIC" for made-up comparators).
    public var source: String

    /// Creates an observation.
    public init(
        authorityCode: String,
        indicatorID: String,
        period: ReportingPeriod,
        value: Double,
        numerator: Double? = nil,
        denominator: Double? = nil,
        source: String = ""
    ) {
        self.authorityCode = authorityCode
        self.indicatorID = indicatorID
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.source = source
    }

    /// An observation whose value is `numerator / denominator` scaled for `valueType` (× 100 for a
    /// percent, × 10,000 for a rate), or `nil` when the type is not a ratio or the denominator is not
    /// positive.
    public static func ratio(
        authorityCode: String,
        indicatorID: String,
        period: ReportingPeriod,
        numerator: Double,
        denominator: Double,
        valueType: ValueType,
        source: String = ""
    ) -> IndicatorObservation? {
        guard let scale = valueType.ratioScale, denominator > 0 else { return nil }
        return IndicatorObservation(
            authorityCode: authorityCode, indicatorID: indicatorID, period: period,
            value: numerator / denominator * scale, numerator: numerator, denominator: denominator, source: source)
    }
}
