import CYPHubCore
import Testing

/// A table of mixed figures, shaped like a module's response: a count with a rate and a display text derived from
/// it, an optional nested part and repeated rows.
private struct Table {
    var total = 0
    var totalRate = 0.0
    var totalDisplay = ""
    var part: Part?
    var rows: [Part] = []
    var change = 0

    static let plan = SuppressionPlan<Table>(
        .count(
            \.total, "total",
            derived: [
                .number(\.totalRate, "total_rate"), .text(\.totalDisplay, "total_display"), .number(\.change, "change"),
                .each(\.rows, "rows", [.number(\.share, "share")]),
            ]),
        .nested(\.part, "part", Part.plan),
        .repeated(\.rows, "rows", Part.plan))
}

private struct Part {
    var count = 0.0
    var share = 0.0
    var earlier = 0
    var change = 0

    static let plan = SuppressionPlan<Part>(
        .count(\.count, "count", derived: [.number(\.share, "share"), .number(\.change, "change")]),
        .count(\.earlier, "earlier", derived: [.number(\.change, "change")]))
}

@Suite struct SuppressionPlanTests {
    @Test(arguments: [(0, false), (1, true), (3, true), (5, true), (6, false), (-2, false)])
    func aCountIsWithheldFromOneToFive(count: Int, withheld: Bool) {
        var paths: [String] = []
        let table = Table.plan.applied(to: Table(total: count, totalRate: 12.5, totalDisplay: "12.5"), withheld: &paths)
        #expect(table.total == (withheld ? 0 : count))
        #expect(table.totalRate == (withheld ? 0 : 12.5))
        #expect(table.totalDisplay == (withheld ? "c" : "12.5"))
        #expect(paths == (withheld ? ["total", "total_rate", "total_display", "change"] : []))
    }

    @Test func aCountHeldAsADoubleFollowsTheSameRule() {
        var paths: [String] = []
        let parts = [0, 0.4, 1, 4.6, 5, 5.2, 6].map { Part(count: $0, share: 50) }
        let table = Table.plan.applied(to: Table(total: 100, rows: parts), withheld: &paths)
        #expect(table.rows.map(\.count) == [0, 0.4, 0, 0, 0, 5.2, 6])
        #expect(table.rows.map(\.share) == [50, 50, 0, 0, 0, 50, 50])
        #expect(
            paths == [
                "rows[2].count", "rows[2].share", "rows[2].change", "rows[3].count", "rows[3].share", "rows[3].change",
                "rows[4].count", "rows[4].share", "rows[4].change",
            ])
    }

    @Test func nestedAndRepeatedPathsAreNamedByFieldAndIndex() {
        // 3 of 40 is 7.5%: the count and its share go; 12 of 40 (30%) stays.
        var paths: [String] = []
        let table = Table.plan.applied(
            to: Table(
                total: 40, totalRate: 104.2, totalDisplay: "104", part: Part(count: 2, share: 5, earlier: 9, change: -7),
                rows: [Part(count: 12, share: 30), Part(count: 3, share: 7.5)], change: 8),
            withheld: &paths)
        #expect(paths == ["part.count", "part.share", "part.change", "rows[1].count", "rows[1].share", "rows[1].change"])
        #expect(table.total == 40)
        #expect(table.totalRate == 104.2)
        #expect(table.part?.count == 0)
        #expect(table.part?.earlier == 9)
        #expect(table.rows[0].count == 12)
        #expect(table.rows[0].share == 30)
        #expect(table.rows[1].share == 0)
        #expect(table.change == 8)
    }

    @Test func aFigureDerivedFromTwoCountsGoesWhenEitherDoesAndIsNamedOnce() {
        // 9 now against 4 earlier: the change of 5 would give the earlier 4 away.
        var paths: [String] = []
        let earlierSmall = Table.plan.applied(
            to: Table(total: 50, rows: [Part(count: 9, share: 18, earlier: 4, change: 5)]), withheld: &paths)
        #expect(earlierSmall.rows[0].count == 9)
        #expect(earlierSmall.rows[0].earlier == 0)
        #expect(earlierSmall.rows[0].change == 0)
        #expect(paths == ["rows[0].earlier", "rows[0].change"])

        // 2 now against 4 earlier: both go, the change named once.
        var both: [String] = []
        _ = Table.plan.applied(to: Table(total: 50, rows: [Part(count: 2, share: 4, earlier: 4, change: -2)]), withheld: &both)
        #expect(both == ["rows[0].count", "rows[0].share", "rows[0].change", "rows[0].earlier"])
    }

    @Test func aDerivedFigureInEveryElementGoesWithTheCountAbove() {
        // A total of 4 split 1 and 3: every share of the total goes with it, and the rows' own counts too.
        var paths: [String] = []
        let table = Table.plan.applied(
            to: Table(total: 4, rows: [Part(count: 1, share: 25), Part(count: 30, share: 75)]), withheld: &paths)
        #expect(table.rows.map(\.share) == [0, 0])
        #expect(table.rows.map(\.count) == [0, 30])
        #expect(
            paths == [
                "total", "total_rate", "total_display", "change", "rows[0].share", "rows[1].share", "rows[0].count",
                "rows[0].change",
            ])
    }

    @Test func decisionsAreMadeOnTheFiguresAsComputed() {
        // The first entry zeroes the second's count; the second still sees 3 and withholds its own figures.
        let plan = SuppressionPlan<Part>(
            .count(\.earlier, "earlier", derived: [.number(\.count, "count")]),
            .count(\.count, "count", derived: [.number(\.share, "share")]))
        var paths: [String] = []
        let part = plan.applied(to: Part(count: 3, share: 60, earlier: 2), withheld: &paths)
        #expect(part.share == 0)
        #expect(paths == ["earlier", "count", "share"])
    }

    @Test func pathsAlreadyListedAreNotRepeated() {
        var paths = ["total"]
        _ = Table.plan.applied(to: Table(total: 2), withheld: &paths)
        #expect(paths == ["total", "total_rate", "total_display", "change"])
    }

    @Test func aCustomEntryWithholdsThroughTheContextUnderItsPrefix() {
        // A row whose unit says whether its value is a count: only counts are tested against the rule.
        struct Row {
            var isCount = false
            var value = 0.0
            var display = ""
        }
        struct Report { var rows: [Row] = [] }
        let row = SuppressionPlan<Row>(
            .custom { original, result, context in
                guard original.isCount, SmallNumberRule.suppresses(original.value) else { return }
                context.withhold([.number(\.value, "value"), .text(\.display, "value_display")], in: &result)
            })
        let plan = SuppressionPlan<Report>(.repeated(\.rows, "rows", row))
        var paths: [String] = []
        let report = plan.applied(
            to: Report(rows: [
                Row(isCount: false, value: 4, display: "4%"), Row(isCount: true, value: 4, display: "4"),
            ]),
            withheld: &paths)
        #expect(report.rows.map(\.display) == ["4%", "c"])
        #expect(paths == ["rows[1].value", "rows[1].value_display"])
    }
}
