import CYPHubCore
import Testing

@testable import SocialCareModule

/// Figures worked by hand: 80,000 children aged 0-17; 3 child protection plans is a rate of 3 / 80,000 × 10,000 =
/// 0.375 per 10,000 (published 0), 8 a quarter earlier (1.0): a change of -5 plans, -62.5%.
@Suite("Snapshot small numbers")
struct SnapshotSmallNumbersTests {
    static let changeAndPercent = [
        "change", "published_change", "change_display", "percent_change", "published_percent_change",
        "percent_change_display",
    ]
    static let valueAndChanges = ["value", "published_value", "value_display"] + changeAndPercent

    static func snapshot(plans: Int, earlierPlans: Int, cassInCare: Int = 40, supervisionDue: Int = 202) -> Snapshot {
        let rate = Double(plans) / 80_000 * 10_000
        let earlierRate = Double(earlierPlans) / 80_000 * 10_000
        let change = Double(plans - earlierPlans)
        return Snapshot(
            authority: "E06000016", date: "2024-10-04",
            demand: DemandFigures(
                population: 380_000, childrenAged0To17: 80_000, childProtectionPlans: plans, childrenLookedAfter: 540,
                childrenInNeed: 1_800, cassInCareSection20: cassInCare, cassCareLeavers: 120),
            derived: DerivedFigures(
                hasRates: true, childProtectionRate: rate, childrenLookedAfterRate: 67.5, childrenInNeedRate: 225,
                cassOpen: cassInCare + 120),
            supervision: [SupervisionCompliance(area: .csc, supervisionsDue: supervisionDue, supervisionsInTimescale: 161)],
            rows: [
                row("child_protection_plans", .count, Double(plans), earlier: Double(earlierPlans), change: change),
                row("child_protection_rate", .ratePer10000, rate, earlier: earlierRate, change: rate - earlierRate),
                row("children_looked_after", .count, 540, earlier: 530, change: 10),
                row(
                    "supervision_compliance.csc", .percent,
                    SupervisionCompliance.percent(inTimescale: 161, due: supervisionDue) ?? 0, earlier: 80, change: 1),
                SnapshotRow(
                    key: "cass_open", unit: .count, hasValue: true, value: Double(cassInCare + 120),
                    valueDisplay: "\(cassInCare + 120)", comparison: .noEarlierSnapshot,
                    note: "CASS in Care (S20): \(cassInCare), Care Leavers (former CASS): 120"),
            ])
    }

    static func row(_ key: String, _ unit: FigureUnit, _ value: Double, earlier: Double, change: Double) -> SnapshotRow {
        SnapshotRow(
            key: key, unit: unit, hasValue: true, value: value, publishedValue: value.rounded(),
            valueDisplay: "\(value)", comparison: .compared, earlierValue: earlier, change: change,
            publishedChange: change.rounded(), changeDisplay: "\(change)", hasPercentChange: true,
            percentChange: change / earlier * 100, publishedPercentChange: change / earlier * 100,
            percentChangeDisplay: "\(change / earlier * 100)%")
    }

    @Test("3 plans: the count, its rate per 10,000 and both rows go, with their changes")
    func threePlans() throws {
        let shown = Self.snapshot(plans: 3, earlierPlans: 8).suppressingSmallNumbers()
        #expect(shown.demand?.childProtectionPlans == 0)
        #expect(shown.derived?.childProtectionRate == 0)
        #expect(shown.derived?.childrenLookedAfterRate == 67.5)
        let plans = try #require(shown.row("child_protection_plans"))
        #expect(plans.value == 0)
        #expect(plans.valueDisplay == "c")
        #expect(plans.changeDisplay == "c")
        #expect(plans.percentChangeDisplay == "c")
        #expect(plans.earlierValue == 8)
        let rate = try #require(shown.row("child_protection_rate"))
        #expect(rate.value == 0)
        #expect(rate.valueDisplay == "c")
        #expect(rate.earlierValue == 1)
        #expect(shown.row("children_looked_after") == Self.snapshot(plans: 3, earlierPlans: 8).row("children_looked_after"))
        #expect(
            shown.suppressed
                == ["demand.child_protection_plans", "derived.child_protection_rate"]
                + Self.valueAndChanges.map { "rows[0].\($0)" } + Self.valueAndChanges.map { "rows[1].\($0)" })
    }

    @Test("an earlier count of 4 goes with the change, the current 12 stays")
    func earlierCount() throws {
        let shown = Self.snapshot(plans: 12, earlierPlans: 4).suppressingSmallNumbers()
        let plans = try #require(shown.row("child_protection_plans"))
        #expect(plans.value == 12)
        #expect(plans.earlierValue == 0)
        #expect(plans.change == 0)
        #expect(
            shown.suppressed
                == (["earlier_value"] + Self.changeAndPercent).map { "rows[0].\($0)" }
                + (["earlier_value"] + Self.changeAndPercent).map { "rows[1].\($0)" })
    }

    @Test("5 supervisions due: the counts' compliance % and its row go")
    func supervision() throws {
        let shown = Self.snapshot(plans: 30, earlierPlans: 28, supervisionDue: 5).suppressingSmallNumbers()
        #expect(shown.supervision[0].supervisionsDue == 0)
        #expect(shown.supervision[0].percentCompliant == 0)
        #expect(shown.row("supervision_compliance.csc")?.valueDisplay == "c")
        #expect(
            shown.suppressed
                == ["supervision[0].supervisions_due", "supervision[0].percent_compliant"]
                + Self.valueAndChanges.map { "rows[3].\($0)" })
    }

    @Test("2 children in care under S20: CASS open goes too (120 care leavers would give the 2 away)")
    func cass() throws {
        let shown = Self.snapshot(plans: 30, earlierPlans: 28, cassInCare: 2).suppressingSmallNumbers()
        #expect(shown.demand?.cassInCareSection20 == 0)
        #expect(shown.derived?.cassOpen == 0)
        let row = try #require(shown.row("cass_open"))
        #expect(row.value == 0)
        #expect(row.note == "CASS in Care (S20): c, Care Leavers (former CASS): 120")
        #expect(
            shown.suppressed
                == [
                    "demand.cass_in_care_section_20", "derived.cass_open", "rows[4].value", "rows[4].published_value",
                    "rows[4].value_display", "rows[4].note",
                ])
    }

    @Test("counts of 6 and more are shown as they are")
    func largeCounts() {
        let snapshot = Self.snapshot(plans: 6, earlierPlans: 28)
        #expect(snapshot.suppressingSmallNumbers() == snapshot)
    }

    @Test("a worker count of 4 on a date listed is withheld")
    func list() {
        let list = SnapshotList(
            authority: "E06000016",
            dates: [
                SnapshotDate(date: "2024-07-05", hasDemand: true, workerCount: 4, supervisionAreas: 2),
                SnapshotDate(date: "2024-10-04", hasDemand: true, workerCount: 240, supervisionAreas: 2),
            ]
        ).suppressingSmallNumbers()
        #expect(list.dates.map(\.workerCount) == [0, 240])
        #expect(list.dates.map(\.supervisionAreas) == [2, 2])
        #expect(list.suppressed == ["dates[0].worker_count"])
    }
}
