import CYPHubCore

/// The small-number rule on the snapshot table, whose rows carry their unit as a field.
///
/// A row's current figure is withheld when it is a count of 1-5, or when it derives from one: a rate row from its
/// count row (`child_protection_rate` from `child_protection_plans`), a supervision compliance row from its area's
/// counts (due or in timescale), the CASS open row from either part (its note names both parts, and the withheld
/// one becomes `c` there). Its earlier figure is withheld likewise from the earlier counts the table holds (the
/// earlier value of a count row, or of the count row a rate derives from). A withheld figure takes its change and
/// % change with it. Paths are `rows[i].value`, `rows[i].change_display`, …
struct SnapshotRowSuppression {
    /// The rows a rate row is derived from, by key.
    static let rateSources = [
        "child_protection_rate": "child_protection_plans",
        "children_looked_after_rate": "children_looked_after",
        "children_in_need_rate": "children_in_need",
    ]
    /// The row whose note names its parts.
    static let cassOpen = "cass_open"

    let snapshot: Snapshot
    let rowsByKey: [String: SnapshotRow]

    init(_ snapshot: Snapshot) {
        self.snapshot = snapshot
        rowsByKey = Dictionary(snapshot.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Withholds the small figures of `rows` (the snapshot's rows, as yet unchanged), under `rows[i].`.
    func apply(to rows: inout [SnapshotRow], in context: inout SuppressionContext) {
        for (index, row) in snapshot.rows.enumerated() where index < rows.count {
            let current = currentWithheld(row)
            let earlier = earlierWithheld(row)
            guard current || earlier else { continue }
            context.within("rows", index: index) { context in
                if current { context.withhold(Self.value, in: &rows[index]) }
                if row.comparison == .compared {
                    if earlier { context.withhold([.number(\.earlierValue, "earlier_value")], in: &rows[index]) }
                    context.withhold(Self.change, in: &rows[index])
                    if row.hasPercentChange { context.withhold(Self.percentChange, in: &rows[index]) }
                }
                if row.key == Self.cassOpen, let demand = snapshot.demand {
                    rows[index].note = Self.cassNote(demand)
                    context.record("note")
                }
            }
        }
    }

    private static let value: [DerivedFigure<SnapshotRow>] = [
        .number(\.value, "value"), .number(\.publishedValue, "published_value"), .text(\.valueDisplay, "value_display"),
    ]
    private static let change: [DerivedFigure<SnapshotRow>] = [
        .number(\.change, "change"), .number(\.publishedChange, "published_change"),
        .text(\.changeDisplay, "change_display"),
    ]
    private static let percentChange: [DerivedFigure<SnapshotRow>] = [
        .number(\.percentChange, "percent_change"), .number(\.publishedPercentChange, "published_percent_change"),
        .text(\.percentChangeDisplay, "percent_change_display"),
    ]

    private func currentWithheld(_ row: SnapshotRow) -> Bool {
        if row.hasValue, row.unit == .count, SmallNumberRule.suppresses(row.value) { return true }
        if let source = Self.rateSources[row.key].flatMap({ rowsByKey[$0] }) {
            return source.hasValue && SmallNumberRule.suppresses(source.value)
        }
        if let area = SupervisionArea.specified.first(where: { row.key == "supervision_compliance.\($0.rawValue)" }),
            let counts = snapshot.supervision.first(where: { $0.area == area })
        {
            return SmallNumberRule.suppresses(counts.supervisionsDue)
                || SmallNumberRule.suppresses(counts.supervisionsInTimescale)
        }
        if row.key == Self.cassOpen, let demand = snapshot.demand {
            return SmallNumberRule.suppresses(demand.cassInCareSection20)
                || SmallNumberRule.suppresses(demand.cassCareLeavers)
        }
        return false
    }

    private func earlierWithheld(_ row: SnapshotRow) -> Bool {
        guard row.comparison == .compared else { return false }
        if row.unit == .count, SmallNumberRule.suppresses(row.earlierValue) { return true }
        if let source = Self.rateSources[row.key].flatMap({ rowsByKey[$0] }) {
            return source.comparison == .compared && SmallNumberRule.suppresses(source.earlierValue)
        }
        return false
    }

    /// The CASS open row's note with each withheld part written `c`.
    static func cassNote(_ demand: DemandFigures) -> String {
        func part(_ count: Int) -> String {
            SmallNumberRule.suppresses(count) ? SmallNumberRule.marker : FigureText.count(count)
        }
        return SnapshotTable.cassNote(
            inCare: part(demand.cassInCareSection20), careLeavers: part(demand.cassCareLeavers))
    }
}
