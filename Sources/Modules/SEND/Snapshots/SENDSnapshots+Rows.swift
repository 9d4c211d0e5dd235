import CYPHubCore

extension SENDSnapshots {
    /// A year's aggregate snapshot: one figure a row. `suppressed` is `value` when the figure is a small number
    /// withheld (or derived from one), else empty.
    static let figureColumns = ["measure", "as_at", "period_label", "group", "figure", "value", "source", "suppressed"]

    /// A year's records snapshot: one plan-level record a row.
    static let recordColumns = [
        "record_type", "plan_id", "phase", "started", "due", "completed", "exception", "exception_reason", "source",
    ]

    /// One figure of a response, with the path `suppressed` names it by.
    private struct Figure {
        var measure: String
        var asAt = ""
        var periodLabel = ""
        var group: String
        var figure: String
        var value: SnapshotValue
        var source = ""
        var path: String

        /// `measure/as_at/group/figure`, leaving out what is empty.
        var key: String { [measure, asAt, group, figure].filter { !$0.isEmpty }.joined(separator: "/") }

        func row(withheld: Set<String>) -> SnapshotDataRow {
            SnapshotDataRow(
                key: key,
                values: [
                    .text(measure), .text(asAt), .text(periodLabel), .text(group), .text(figure), value, .text(source),
                    .text(withheld.contains(path) ? "value" : ""),
                ])
        }
    }

    /// The figures of a count's changes (`since_previous`), those it has.
    private static func changes(_ change: CountChange?, _ name: String, path: String, base: Figure) -> [Figure] {
        guard let change, change.hasPrevious else { return [] }
        var figures: [Figure] = []
        func add(_ field: String, _ value: SnapshotValue) {
            var figure = base
            figure.figure = "\(name).\(field)"
            figure.value = value
            figure.path = "\(path)\(name).\(field)"
            figures.append(figure)
        }
        add("previous", .whole(change.previous))
        add("change", .whole(change.change))
        if change.hasPercentChange { add("percent_change", .decimal(change.percentChange)) }
        return figures
    }

    /// The caseload snapshots dated in `year` (total and each group, with their changes) and the year's new plans.
    static func summaryRows(_ summary: EhcpSummary, year: Int) -> [SnapshotDataRow] {
        var figures: [Figure] = []
        for (section, snapshots) in [("ehcp", summary.ehcp), ("sen_support", summary.senSupport)] {
            for (index, snapshot) in snapshots.enumerated() where LocalDate(parsing: snapshot.asAt)?.year == year {
                let path = "\(section)[\(index)]."
                let base = Figure(
                    measure: snapshot.measure, asAt: snapshot.asAt, periodLabel: snapshot.periodLabel, group: "total",
                    figure: "count", value: .whole(snapshot.total), source: snapshot.totalSource.rawValue, path: path + "total")
                if snapshot.hasTotal {
                    figures.append(base)
                    figures += changes(snapshot.sincePrevious, "since_previous", path: path, base: base)
                    figures += changes(snapshot.sinceYearAgo, "since_year_ago", path: path, base: base)
                }
                for (kind, groups) in [("age_band", snapshot.byAgeBand), ("setting_type", snapshot.bySettingType)] {
                    for (groupIndex, group) in groups.enumerated() {
                        let groupPath = "\(path)by_\(kind)[\(groupIndex)]."
                        var count = base
                        count.group = "\(kind)/\(group.key)"
                        count.value = .whole(group.count)
                        count.source = group.source.rawValue
                        count.path = groupPath + "count"
                        figures.append(count)
                        if group.hasShareOfTotal {
                            var share = count
                            share.figure = "share_of_total_percent"
                            share.value = .decimal(group.shareOfTotalPercent)
                            share.path = groupPath + "share_of_total_percent"
                            figures.append(share)
                        }
                        figures += changes(group.sincePrevious, "since_previous", path: groupPath, base: count)
                        figures += changes(group.sinceYearAgo, "since_year_ago", path: groupPath, base: count)
                    }
                }
            }
        }
        for (index, plans) in summary.newPlans.enumerated() where plans.year == year {
            let base = Figure(
                measure: "new_plans", group: "total", figure: "count", value: .whole(plans.count), source: plans.source.rawValue,
                path: "new_plans[\(index)].count")
            figures.append(base)
            figures += changes(plans.sincePreviousYear, "since_previous_year", path: "new_plans[\(index)].", base: base)
        }
        let withheld = Set(summary.suppressed)
        return figures.map { $0.row(withheld: withheld) }
    }

    /// The year's timeliness: new plans within 20 weeks, annual reviews, amendments and phase transfers.
    static func timelinessRows(_ report: TimelinessReport) -> [SnapshotDataRow] {
        let source = report.hasSyntheticRecords ? SENDDataSource.synthetic.rawValue : ""
        var figures: [Figure] = []
        func add(_ group: String, _ field: String, _ value: SnapshotValue) {
            figures.append(
                Figure(
                    measure: "timeliness", periodLabel: "\(report.periodStart) to \(report.periodEnd)", group: group,
                    figure: field, value: value, source: source, path: "\(group).\(field)"))
        }
        let plans = report.newPlans ?? NewPlanTimeliness()
        add("new_plans", "plans_issued", .whole(plans.plansIssued))
        add("new_plans", "issued_within_20_weeks", .whole(plans.issuedWithin20Weeks))
        add("new_plans", "exception_plans", .whole(plans.exceptionPlans))
        add("new_plans", "plans_excluding_exceptions", .whole(plans.plansExcludingExceptions))
        add("new_plans", "issued_within_20_weeks_excluding_exceptions", .whole(plans.issuedWithin20WeeksExcludingExceptions))
        if plans.hasPercentIncludingExceptions {
            add("new_plans", "percent_within_20_weeks_including_exceptions", .decimal(plans.percentWithin20WeeksIncludingExceptions))
        }
        if plans.hasPercentExcludingExceptions {
            add("new_plans", "percent_within_20_weeks_excluding_exceptions", .decimal(plans.percentWithin20WeeksExcludingExceptions))
        }
        add("new_plans", "average_weeks_to_issue", .decimal(plans.averageWeeksToIssue))
        add("new_plans", "open_overdue_at_period_end", .whole(plans.openOverdueAtPeriodEnd))
        for (group, deadlines) in [
            ("annual_reviews", report.annualReviews), ("amendments", report.amendments), ("phase_transfers", report.phaseTransfers),
        ] {
            let deadlines = deadlines ?? DeadlineTimeliness()
            add(group, "due", .whole(deadlines.due))
            add(group, "completed", .whole(deadlines.completed))
            add(group, "completed_on_time", .whole(deadlines.completedOnTime))
            if deadlines.hasPercent {
                add(group, "percent_completed", .decimal(deadlines.percentCompleted))
                add(group, "percent_on_time", .decimal(deadlines.percentOnTime))
            }
        }
        let withheld = Set(report.suppressed)
        return figures.map { $0.row(withheld: withheld) }
    }

    /// The calendar year an assessment falls in: its final plan's (the cohort of `GetTimeliness`), or, while no plan
    /// is issued, its request's.
    static func year(of assessment: EhcpAssessmentRecord) -> Int {
        assessment.finalPlanIssued?.year ?? assessment.requestReceived.year
    }

    /// The calendar years plan-level records fall in: an assessment's (``year(of:)``), a review's due date, an
    /// amendment's and a transfer's deadline.
    static func recordYears(_ records: PlanRecords) -> Set<Int> {
        var years = Set<Int>()
        years.formUnion(records.assessments.map(year(of:)))
        years.formUnion(records.reviews.map(\.reviewDue.year))
        years.formUnion(records.amendments.map(\.deadline.year))
        years.formUnion(records.transfers.map(\.transferDeadline.year))
        return years
    }

    /// The records falling in `year` (as ``recordYears(_:)`` places them), keyed `assessment/PLAN`,
    /// `annual_review/PLAN/DUE`, `amendment/PLAN/STARTED` and `phase_transfer/PLAN/DEADLINE`.
    static func recordRows(_ records: PlanRecords, year: Int) -> [SnapshotDataRow] {
        func row(
            _ type: String, _ key: String, _ planId: String, phase: String = "", started: LocalDate?, due: LocalDate,
            completed: LocalDate?, exception: Bool = false, reason: String = "", source: SENDDataSource
        ) -> SnapshotDataRow {
            SnapshotDataRow(
                key: "\(type)/\(key)",
                values: [
                    .text(type), .text(planId), .text(phase), .text(started?.description ?? ""), .text(due.description),
                    .text(completed?.description ?? ""), .whole(exception ? 1 : 0), .text(reason), .text(source.rawValue),
                ])
        }
        var rows: [SnapshotDataRow] = []
        for record in records.assessments where Self.year(of: record) == year {
            rows.append(
                row(
                    "assessment", record.planId, record.planId, started: record.requestReceived,
                    due: record.requestReceived.adding(days: SENTimelinessRules.newPlanLimitDays), completed: record.finalPlanIssued,
                    exception: record.isException, reason: record.exceptionReason, source: record.source))
        }
        for record in records.reviews where record.reviewDue.year == year {
            rows.append(
                row(
                    "annual_review", "\(record.planId)/\(record.reviewDue)", record.planId, started: nil, due: record.reviewDue,
                    completed: record.reviewCompleted, source: record.source))
        }
        for record in records.amendments where record.deadline.year == year {
            rows.append(
                row(
                    "amendment", "\(record.planId)/\(record.amendmentStarted)", record.planId, started: record.amendmentStarted,
                    due: record.deadline, completed: record.amendedPlanIssued, source: record.source))
        }
        for record in records.transfers where record.transferDeadline.year == year {
            rows.append(
                row(
                    "phase_transfer", "\(record.planId)/\(record.transferDeadline)", record.planId, phase: record.phase,
                    started: nil, due: record.transferDeadline, completed: record.amendedPlanIssued, source: record.source))
        }
        return rows
    }

    /// A High Needs plan's forecast, one row per financial year keyed by the year (money in £000, as the module
    /// serves it), each workstream's saving in a `savings_WORKSTREAM` column.
    static func forecastContent(_ forecast: HighNeedsForecast) -> SnapshotContent {
        var workstreams: [String] = []
        for year in forecast.years {
            for saving in year.savings where !workstreams.contains(saving.workstream) { workstreams.append(saving.workstream) }
        }
        let columns =
            [
                "year", "grant_income", "placement_costs", "other_costs", "commissioning_costs", "invest_to_save_costs",
                "total_expenditure", "funding_gap_pre_savings",
            ]
            + workstreams.map { "savings_\($0)" }
            + [
                "total_savings", "annual_funding_gap", "deficit_brought_forward", "deficit_carried_forward", "other_dsg_blocks",
                "dsg_surplus_deficit", "has_spend_percent", "high_needs_spend_percent_of_grant", "net_spend_percent_of_grant",
                "has_total_dsg", "total_dsg", "deficit_percent_of_total_dsg",
            ]
        let rows = forecast.years.map { year in
            let savings = Dictionary(year.savings.map { ($0.workstream, $0.amount) }, uniquingKeysWith: +)
            return SnapshotDataRow(
                key: year.year,
                values: [
                    .text(year.year), .decimal(year.grantIncome), .decimal(year.placementCosts), .decimal(year.otherCosts),
                    .decimal(year.commissioningCosts), .decimal(year.investToSaveCosts), .decimal(year.totalExpenditure),
                    .decimal(year.fundingGapPreSavings),
                ]
                    + workstreams.map { .decimal(savings[$0] ?? 0) }
                    + [
                        .decimal(year.totalSavings), .decimal(year.annualFundingGap), .decimal(year.deficitBroughtForward),
                        .decimal(year.deficitCarriedForward), .decimal(year.otherDsgBlocks), .decimal(year.dsgSurplusDeficit),
                        .whole(year.hasSpendPercent ? 1 : 0), .decimal(year.highNeedsSpendPercentOfGrant),
                        .decimal(year.netSpendPercentOfGrant), .whole(year.hasTotalDsg ? 1 : 0), .decimal(year.totalDsg),
                        .decimal(year.deficitPercentOfTotalDsg),
                    ])
        }
        return SnapshotContent(columns: columns, rows: rows)
    }
}

extension SnapshotValue {
    /// A whole number of the module's messages (`Int`) as a snapshot value.
    fileprivate static func whole(_ value: Int) -> SnapshotValue { .integer(Int64(value)) }
}
