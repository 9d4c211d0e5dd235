/// An authority's EHCP or SEN Support caseload at one date: its total (when one is given) and its
/// breakdowns by age band and by setting type, each compared with earlier snapshots.
public struct EhcpCaseloadSnapshot: Sendable, Hashable, Codable {
    /// `ehcp` or `sen_support`.
    public var measure: String
    /// The snapshot's date, `YYYY-MM-DD`.
    public var asAt: String
    /// The council's name for the period (`Spring 2024`).
    public var periodLabel: String
    /// Whether a total (a row for all ages and all settings) is given.
    public var hasTotal: Bool
    /// The total (0 when not given).
    public var total: Int
    /// The total's source.
    public var totalSource: SENDDataSource
    /// The total's note (how it was derived, or where it is printed).
    public var totalNote: String
    /// The total against the previous snapshot with a total.
    public var sincePrevious: SENDCountChange
    /// The total against the snapshot with a total about a year before.
    public var sinceYearAgo: SENDCountChange
    /// Counts by age band (only bands given), plus `not_stated` when a total is given and the bands
    /// add up to less.
    public var byAgeBand: [EhcpCaseloadGroup]
    /// Counts by setting type (only settings given), plus `not_stated` likewise.
    public var bySettingType: [EhcpCaseloadGroup]
    /// Whether any row of the snapshot is synthetic.
    public var hasSyntheticRows: Bool
    /// Where the rows disagree with each other (a breakdown larger than its total, a setting's
    /// figure that differs from the sum of its age bands).
    public var consistencyNotes: [String]
}
