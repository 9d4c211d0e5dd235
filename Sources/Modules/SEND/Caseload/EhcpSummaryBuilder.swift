import CYPHubCore

/// Builds ``EhcpSummary`` from caseload counts and new-plan counts.
///
/// Rules, per snapshot (one authority, one measure, one date):
/// - the total is the row for all ages and all settings; without one the snapshot has no total (a
///   figure for mainstream schools alone is not the whole caseload);
/// - an age band's count is its row for all settings if given, else the sum of its rows for single
///   settings; a setting's count likewise;
/// - with a total, the part the bands (or settings) leave unexplained is shown as `not_stated`;
/// - changes compare with the previous snapshot that has the same figure, and with the one nearest to
///   a year before (within 45 days either side), as councils compare "same period last year".
public enum EhcpSummaryBuilder {
    /// How far from exactly one year earlier a snapshot may be and still count as "a year ago".
    public static let yearAgoToleranceDays = 45

    /// The summary for `authorityCode` from its counts (other authorities' rows are ignored).
    public static func summary(
        authorityCode: String, counts: [SENCaseloadCount], newPlans: [NewPlansCount]
    ) -> EhcpSummary {
        let mine = counts.filter { $0.authorityCode == authorityCode }
        let ehcp = snapshots(of: .ehcp, from: mine)
        let senSupport = snapshots(of: .senSupport, from: mine)
        let plans = newPlansYears(newPlans.filter { $0.authorityCode == authorityCode })
        let synthetic =
            mine.contains { $0.source == .synthetic } || plans.contains { $0.source == .synthetic }
        return EhcpSummary(
            authorityCode: authorityCode, ehcp: ehcp, senSupport: senSupport, newPlans: plans,
            hasSyntheticData: synthetic
        )
    }

    /// New plans per year with the change on the year before (only when that exact year is held).
    static func newPlansYears(_ counts: [NewPlansCount]) -> [NewPlansYear] {
        let byYear = Dictionary(counts.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
        return byYear.keys.sorted().compactMap { year in
            guard let entry = byYear[year] else { return nil }
            let change = byYear[year - 1].map { previous in
                compare(entry.count, with: previous.count, at: "\(previous.year)", label: "\(previous.year)")
            }
            return NewPlansYear(
                year: year, count: entry.count, source: entry.source, note: entry.note,
                sincePreviousYear: change ?? CountChange()
            )
        }
    }

    /// The measure's snapshots, oldest first.
    static func snapshots(of measure: SENCaseloadMeasure, from counts: [SENCaseloadCount]) -> [EhcpCaseloadSnapshot] {
        let rows = counts.filter { $0.measure == measure }
        let dates = Set(rows.map(\.asAt)).sorted()
        let built = dates.map { date in SnapshotRows(date: date, rows: rows.filter { $0.asAt == date }) }
        return built.enumerated().map { index, snapshot in
            let earlier = Array(built[..<index])
            let total = snapshot.totalRow
            let totalCount = total?.count
            let ages = groups(snapshot.ageGroups, total: totalCount, earlier: earlier, key: \.ageGroups)
            let settings = groups(snapshot.settingGroups, total: totalCount, earlier: earlier, key: \.settingGroups)
            var notes = snapshot.notes
            if let totalCount {
                for (name, list) in [("age bands", snapshot.ageGroups), ("settings", snapshot.settingGroups)] {
                    let sum = list.reduce(0) { $0 + $1.count }
                    if sum > totalCount {
                        notes.append(
                            "the \(name) add up to \(FigureFormat.number(Double(sum))), "
                                + "more than the total \(FigureFormat.number(Double(totalCount)))"
                        )
                    }
                }
            }
            return EhcpCaseloadSnapshot(
                measure: measure.rawValue, asAt: snapshot.date.description, periodLabel: snapshot.periodLabel,
                hasTotal: total != nil, total: totalCount ?? 0, totalSource: total?.source ?? .published,
                totalNote: total?.note ?? "",
                sincePrevious: change(of: totalCount, against: earlier.last { $0.totalRow != nil }, read: { $0.totalRow?.count }),
                sinceYearAgo: change(
                    of: totalCount, against: yearAgo(snapshot.date, in: earlier.filter { $0.totalRow != nil }), read: { $0.totalRow?.count }
                ),
                byAgeBand: ages, bySettingType: settings,
                hasSyntheticRows: snapshot.rows.contains { $0.source == .synthetic },
                consistencyNotes: notes
            )
        }
    }

    /// Groups with their changes and shares, plus `not_stated` for what a total leaves unexplained.
    private static func groups(
        _ list: [SnapshotRows.Group], total: Int?, earlier: [SnapshotRows], key: KeyPath<SnapshotRows, [SnapshotRows.Group]>
    ) -> [EhcpCaseloadGroup] {
        func count(in snapshot: SnapshotRows, _ groupKey: String) -> Int? {
            snapshot[keyPath: key].first { $0.key == groupKey }?.count
        }
        var result = list.map { group in
            let withGroup = earlier.filter { count(in: $0, group.key) != nil }
            return EhcpCaseloadGroup(
                key: group.key, label: group.label, count: group.count, source: group.source,
                sincePrevious: change(of: group.count, against: withGroup.last, read: { count(in: $0, group.key) }),
                sinceYearAgo: change(of: group.count, against: yearAgo(group.date, in: withGroup), read: { count(in: $0, group.key) }),
                hasShareOfTotal: total != nil && total != 0,
                shareOfTotalPercent: total.flatMap { Rates.percent(Double(group.count), of: Double($0)) } ?? 0
            )
        }
        if let total, !list.isEmpty {
            let sum = list.reduce(0) { $0 + $1.count }
            if sum < total {
                result.append(
                    EhcpCaseloadGroup(
                        key: "not_stated", label: "Not stated", count: total - sum, source: .derived,
                        sincePrevious: CountChange(), sinceYearAgo: CountChange(), hasShareOfTotal: total != 0,
                        shareOfTotalPercent: Rates.percent(Double(total - sum), of: Double(total)) ?? 0
                    )
                )
            }
        }
        return result
    }

    private static func change(of current: Int?, against earlier: SnapshotRows?, read: (SnapshotRows) -> Int?) -> CountChange {
        guard let current, let earlier, let previous = read(earlier) else { return CountChange() }
        return compare(current, with: previous, at: earlier.date.description, label: earlier.periodLabel)
    }

    static func compare(_ current: Int, with previous: Int, at date: String, label: String) -> CountChange {
        let comparison = Comparison(current: Double(current), previous: Double(previous))
        return CountChange(
            hasPrevious: true, previousAsAt: date, previousPeriodLabel: label, previous: previous,
            change: current - previous, hasPercentChange: comparison.percentChange != nil,
            percentChange: comparison.percentChange ?? 0
        )
    }

    /// The snapshot nearest to one year before `date`, within the tolerance.
    private static func yearAgo(_ date: LocalDate, in snapshots: [SnapshotRows]) -> SnapshotRows? {
        let target =
            LocalDate(year: date.year - 1, month: date.month, day: min(date.day, date.month == 2 ? 28 : date.day))
            ?? date.adding(days: -365)
        return
            snapshots
            .filter { abs($0.date.days(since: target)) <= yearAgoToleranceDays }
            .min { abs($0.date.days(since: target)) < abs($1.date.days(since: target)) }
    }
}
