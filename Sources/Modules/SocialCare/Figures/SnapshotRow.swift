/// One line of the snapshot table: a figure, its change and % change against the snapshot 13 weeks
/// earlier, each exact, as published (rounded) and as display text.
///
/// Property names are a wire contract: they are the lowerCamel JSON names of the `SnapshotRow`
/// message in `cyphub/socialcare/v1/socialcare.proto`.
public struct SnapshotRow: Sendable, Hashable, Codable {
    /// A stable key for programs, e.g. `cp_rate`, `highest_caseload.cin`,
    /// `workers_over_threshold.early_help_cluster.families`.
    public var key: String
    /// The label, as the seed's table words it (authority-specific words made generic).
    public var label: String
    /// How the figure is measured and published.
    public var unit: FigureUnit
    /// Whether the figure is available on this snapshot.
    public var hasValue: Bool
    /// The exact value (a rate or percentage unrounded); 0 when ``hasValue`` is false.
    public var value: Double
    /// The value as published: rounded to the unit's decimals (rates whole, percentages to 0.1).
    public var publishedValue: Double
    /// The value as the table writes it: `379,780`, `47`, `79.7%`; `n/a` when not available.
    public var valueDisplay: String
    /// Whether the change below is set, and if not why.
    public var comparison: ComparisonStatus
    /// The earlier snapshot's exact value (0 unless compared).
    public var earlierValue: Double
    /// Current minus earlier, from exact values (0 unless compared).
    public var change: Double
    /// The change as published, rounded like the value.
    public var publishedChange: Double
    /// The change as the table writes it: `6,381`, `-3`, `5.3%`; `n/a` unless compared.
    public var changeDisplay: String
    /// Whether the % change is defined: compared and the earlier value is not 0.
    public var hasPercentChange: Bool
    /// change / earlier × 100, exact; 0 when ``hasPercentChange`` is false.
    public var percentChange: Double
    /// The % change as published, to one decimal place.
    public var publishedPercentChange: Double
    /// The % change as the table writes it: `1.9%`; `-` when the earlier value is 0; `n/a` unless
    /// compared.
    public var percentChangeDisplay: String
    /// A note, e.g. the CASS breakdown; empty when none.
    public var note: String

    /// Creates a row.
    public init(
        key: String,
        label: String,
        unit: FigureUnit,
        hasValue: Bool,
        value: Double,
        publishedValue: Double,
        valueDisplay: String,
        comparison: ComparisonStatus,
        earlierValue: Double,
        change: Double,
        publishedChange: Double,
        changeDisplay: String,
        hasPercentChange: Bool,
        percentChange: Double,
        publishedPercentChange: Double,
        percentChangeDisplay: String,
        note: String
    ) {
        self.key = key
        self.label = label
        self.unit = unit
        self.hasValue = hasValue
        self.value = value
        self.publishedValue = publishedValue
        self.valueDisplay = valueDisplay
        self.comparison = comparison
        self.earlierValue = earlierValue
        self.change = change
        self.publishedChange = publishedChange
        self.changeDisplay = changeDisplay
        self.hasPercentChange = hasPercentChange
        self.percentChange = percentChange
        self.publishedPercentChange = publishedPercentChange
        self.percentChangeDisplay = percentChangeDisplay
        self.note = note
    }
}
