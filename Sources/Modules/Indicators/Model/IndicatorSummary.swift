/// Proto `IndicatorSummary`: one indicator definition and how much data it has.
public struct IndicatorSummary: Codable, Sendable, Equatable {
    /// The id.
    public var id: String
    /// The name.
    public var name: String
    /// The kind of figure.
    public var valueType: ValueType
    /// Which direction is better.
    public var polarity: Polarity
    /// How often it is reported.
    public var frequency: ReportingFrequency
    /// Decimal places shown.
    public var decimalPlaces: Int
    /// The local target, if any.
    public var target: TargetSpec?
    /// How the amber tolerance is measured.
    public var amberToleranceKind: ToleranceKind
    /// The amber tolerance.
    public var amberTolerance: Double
    /// Which earlier observation the latest is compared with.
    public var comparison: ComparisonBasis
    /// Observations held.
    public var observationCount: Int
    /// Authorities with at least one observation.
    public var authorityCount: Int
    /// The latest period any authority reports (code), or empty.
    public var latestPeriod: String
    /// Its label.
    public var latestPeriodLabel: String
}
