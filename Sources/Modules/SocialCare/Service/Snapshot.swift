/// One monthly demand snapshot with every figure, its comparison with the snapshot 13 weeks earlier
/// and the table as the council publishes it. Proto: `Snapshot`.
public struct Snapshot: Codable, Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// The snapshot date, `YYYY-MM-DD`.
    public var date: String
    /// The imported counts.
    public var demand: DemandFigures
    /// Rates, CASS open and the Early Help cluster totals, exact.
    public var derived: DerivedFigures
    /// Caseload summaries per team type and basis, in table order; empty without worker records.
    public var caseloads: [CaseloadSummary]
    /// Supervision compliance per area; empty without supervision counts.
    public var supervision: [SupervisionCompliance]
    /// Which snapshot the changes are measured against.
    public var comparison: ComparisonBasis
    /// The council's table: 51 rows in its order.
    public var rows: [SnapshotRow]

    /// Creates a snapshot.
    public init(
        authority: String,
        date: String,
        demand: DemandFigures,
        derived: DerivedFigures,
        caseloads: [CaseloadSummary],
        supervision: [SupervisionCompliance],
        comparison: ComparisonBasis,
        rows: [SnapshotRow]
    ) {
        self.authority = authority
        self.date = date
        self.demand = demand
        self.derived = derived
        self.caseloads = caseloads
        self.supervision = supervision
        self.comparison = comparison
        self.rows = rows
    }

    /// The row with `key`, e.g. `child_protection_rate`.
    public func row(_ key: String) -> SnapshotRow? { rows.first { $0.key == key } }
}
