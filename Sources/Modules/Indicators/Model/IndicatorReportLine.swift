/// Proto `IndicatorReportLine`: one indicator's line of a report, as sent on the wire and printed by
/// `cyp --json indicators report`. Built from an engine ``IndicatorReportRow`` (suppression applied).
public struct IndicatorReportLine: Codable, Sendable, Equatable {
    /// The indicator's id.
    public var indicatorId: String
    /// The indicator's name.
    public var name: String
    /// The kind of figure.
    public var valueType: ValueType
    /// Which direction is better.
    public var polarity: Polarity
    /// How often it is reported.
    public var frequency: ReportingFrequency
    /// Decimal places shown.
    public var decimalPlaces: Int
    /// The period code of the value.
    public var period: String
    /// The period label (`Q4 2023/24`).
    public var periodLabel: String
    /// The value at the indicator's decimal places; 0 when suppressed.
    public var value: Double
    /// Whether the value is a small number withheld from partner-facing output.
    public var suppressed: Bool
    /// The value as shown (`87.4%`, or `c`).
    public var valueDisplay: String
    /// Whether ``numerator`` is given.
    public var hasNumerator: Bool
    /// The numerator.
    public var numerator: Double
    /// Whether ``denominator`` is given.
    public var hasDenominator: Bool
    /// The denominator.
    public var denominator: Double
    /// Whether there is an earlier observation to compare with.
    public var hasPrevious: Bool
    /// Its period code.
    public var previousPeriod: String
    /// Its period label.
    public var previousPeriodLabel: String
    /// Its value at displayed precision; 0 when suppressed.
    public var previousValue: Double
    /// Whether the previous value is withheld.
    public var previousSuppressed: Bool
    /// The previous value as shown.
    public var previousDisplay: String
    /// Whether ``change`` is given.
    public var hasChange: Bool
    /// Latest minus previous at displayed precision.
    public var change: Double
    /// The change as shown (`+4.8 pp`).
    public var changeDisplay: String
    /// Whether ``changePercent`` is given.
    public var hasChangePercent: Bool
    /// The change as a percentage of the previous value.
    public var changePercent: Double
    /// The trend.
    public var trend: Trend
    /// The trend wording.
    public var trendDisplay: String
    /// The local target, if any.
    public var target: TargetSpec?
    /// The RAG rating.
    public var rag: RAGStatus
    /// What the rating was measured against.
    public var ragBasis: RAGBasis
    /// Whether ``ragReference`` is given.
    public var hasRagReference: Bool
    /// The value the rating was measured against.
    public var ragReference: Double
    /// Whether ``rank`` is given.
    public var hasRank: Bool
    /// National rank, 1 = best.
    public var rank: Int
    /// Authorities reporting the period (the "of N"); 0 when below the benchmark minimum.
    public var reportingCount: Int
    /// Quartile band 1 (best) to 4; 0 for none.
    public var quartileBand: Int
    /// Quartile band letter A-D, or empty.
    public var quartileLetter: String
    /// Whether the quartile cut points are given.
    public var hasQuartiles: Bool
    /// The 25th percentile (type 7).
    public var lowerQuartile: Double
    /// The median.
    public var median: Double
    /// The 75th percentile (type 7).
    public var upperQuartile: Double
    /// Whether ``neighbourAverage`` is given.
    public var hasNeighbourAverage: Bool
    /// Mean of the reporting neighbours (unrounded).
    public var neighbourAverage: Double
    /// The neighbour average as shown.
    public var neighbourAverageDisplay: String
    /// How many neighbours reported.
    public var neighboursReporting: Int
    /// How many neighbours the set has.
    public var neighbourSetSize: Int
    /// The England comparator, if given.
    public var england: AreaFigure?
    /// The regional comparator, if given.
    public var region: AreaFigure?
    /// Where the value comes from.
    public var source: String
}
