/// One line of a performance report: an indicator's latest value for an authority and everything derived
/// from it, ready to show.
///
/// Suppression is already applied: when ``suppressed`` is `true`, ``value`` is 0, ``numerator`` is `nil`,
/// ``valueDisplay`` is `c` and ``change`` is `nil`; likewise for the previous value. Ranks, bands, RAG and
/// trend are kept: they place the figure in a range but do not disclose it.
public struct IndicatorReportRow: Sendable, Hashable {
    /// The indicator.
    public var definition: IndicatorDefinition
    /// The authority reported on.
    public var authorityCode: String
    /// The period of the value shown.
    public var period: ReportingPeriod
    /// The value at the indicator's decimal places; 0 when suppressed.
    public var value: Double
    /// The numerator, if known and not suppressed.
    public var numerator: Double?
    /// The denominator, if known.
    public var denominator: Double?
    /// Whether the value is a small number withheld from partner-facing output.
    public var suppressed: Bool
    /// The value as shown (`87.4%`, or `c`).
    public var valueDisplay: String
    /// The period compared with, if there is an earlier observation.
    public var previousPeriod: ReportingPeriod?
    /// The previous value at the indicator's decimal places; 0 when suppressed.
    public var previousValue: Double?
    /// Whether the previous value is withheld.
    public var previousSuppressed: Bool
    /// The previous value as shown (`82.6%`, `c`, or empty when there is none).
    public var previousDisplay: String
    /// Latest minus previous, at displayed precision; `nil` when there is no previous value or either is
    /// suppressed.
    public var change: Double?
    /// ``change`` as a percentage of the previous value; `nil` as for ``change`` or when the previous value
    /// is 0.
    public var changePercent: Double?
    /// ``change`` as shown (`+4.8 pp`), or empty.
    public var changeDisplay: String
    /// The trend wording.
    public var trend: Trend
    /// The local target, if any.
    public var target: IndicatorTarget?
    /// The target as shown (`>97.2%`), or empty.
    public var targetDisplay: String
    /// The RAG rating.
    public var rag: RagStatus
    /// What the RAG rating was measured against.
    public var ragBasis: RagBasis
    /// The value the rating was measured against (the target, or the average standing in for it).
    public var ragReference: Double?
    /// Rank, quartile band and cut points among all reporting authorities; `nil` when fewer than the
    /// engine's minimum report the indicator for the period.
    public var benchmark: NationalBenchmark?
    /// The statistical-neighbour average, if any neighbour reports.
    public var neighbourAverage: NeighbourAverage?
    /// The England comparator for the period, if given.
    public var england: AreaComparator?
    /// The comparator for the authority's region, if given.
    public var region: AreaComparator?
    /// Where the value comes from.
    public var source: String
}
