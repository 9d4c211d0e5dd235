import CYPHubCore

/// Builds the snapshot table: the seed's rows, in the seed's order, each with its change and % change
/// against an earlier snapshot.
///
/// The rows mirror section 4.1 of the Leicester "Workload and Resources" report (29 Oct 2024). Labels
/// follow the seed, except that words naming Leicester are made generic ("Population of the City" is
/// "Population"; "led by LCC clusters" is "led by clusters"), and a threshold in a label is the one in
/// force ("Workers with caseload over 20 (CIN)").
///
/// Changes are computed from unrounded values with the core's `Comparison`: change = current −
/// earlier; % change = change / earlier × 100, undefined when the earlier value is 0 (written `-`).
/// Rates and percentages are compared unrounded: the CP rate change is 46.773 − 45.881 = 0.892,
/// published `1`, and its % change 1.94%, published `1.9%`.
public enum SnapshotTable {
    /// The rows for `current`, compared with `earlier` (`nil`: no snapshot 13 weeks earlier, every
    /// row is marked ``ComparisonStatus/noEarlierSnapshot``).
    public static func rows(
        current: SnapshotFigures,
        earlier: SnapshotFigures?,
        thresholds: CaseloadThresholds = .defaults
    ) -> [SnapshotRow] {
        definitions(thresholds: thresholds).map { definition in
            row(definition, current: current, earlier: earlier)
        }
    }

    /// The row keys in table order (51 rows).
    public static var keys: [String] { definitions(thresholds: .defaults).map(\.key) }

    static func row(_ definition: RowDefinition, current: SnapshotFigures, earlier: SnapshotFigures?) -> SnapshotRow {
        let unit = definition.unit
        let decimals = unit.publishedDecimals
        let value = definition.value(current)
        var row = SnapshotRow(
            key: definition.key,
            label: definition.label,
            unit: unit,
            hasValue: value != nil,
            value: value ?? 0,
            publishedValue: value.map { FigureText.rounded($0, decimals: decimals) } ?? 0,
            valueDisplay: value.map { display($0, unit: unit) } ?? notAvailable,
            comparison: .noEarlierSnapshot,
            earlierValue: 0,
            change: 0,
            publishedChange: 0,
            changeDisplay: notAvailable,
            hasPercentChange: false,
            percentChange: 0,
            publishedPercentChange: 0,
            percentChangeDisplay: notAvailable,
            note: definition.note(current)
        )
        guard let earlier else { return row }
        guard let value, let earlierValue = definition.value(earlier) else {
            row.comparison = .notAvailable
            return row
        }
        let change = Comparison(current: value, previous: earlierValue)
        row.comparison = .compared
        row.earlierValue = earlierValue
        row.change = change.change
        row.publishedChange = FigureText.rounded(change.change, decimals: decimals)
        row.changeDisplay = display(change.change, unit: unit)
        if let percentChange = change.percentChange {
            row.hasPercentChange = true
            row.percentChange = percentChange
            row.publishedPercentChange = FigureText.rounded(percentChange, decimals: 1)
            row.percentChangeDisplay = FigureText.percent(percentChange)
        } else {
            row.percentChangeDisplay = undefinedPercentChange
        }
        return row
    }

    /// Written where a figure or its change is not available.
    public static let notAvailable = "n/a"
    /// Written where the % change is undefined because the earlier value is 0 (as the seed does).
    public static let undefinedPercentChange = "-"

    /// A value or change as the table writes it for its unit.
    public static func display(_ value: Double, unit: FigureUnit) -> String {
        switch unit {
        case .unspecified, .count, .ratePer10000: FigureText.number(value, decimals: 0)
        case .percent: FigureText.percent(value, decimals: 1)
        }
    }

    // MARK: Definitions

    static func definitions(thresholds: CaseloadThresholds) -> [RowDefinition] {
        var rows: [RowDefinition] = [
            count("population", "Population") { $0.demand.population },
            count("children_aged_0_to_17", "No of children (0-17)") { $0.demand.childrenAged0To17 },
            count("ehcps_aged_0_to_25", "No of EHCPs (0-25)") { $0.demand.ehcpsAged0To25 },
            count("child_protection_plans", "No of Child Protection Plans") { $0.demand.childProtectionPlans },
            RowDefinition(
                key: "child_protection_rate", label: "Child Protection rate (per 10,000)", unit: .ratePer10000,
                value: { $0.demand.childProtectionRate }
            ),
            count("children_looked_after", "No of CLA (all ages)") { $0.demand.childrenLookedAfter },
            RowDefinition(
                key: "children_looked_after_rate", label: "CLA rate (per 10,000)", unit: .ratePer10000,
                value: { $0.demand.childrenLookedAfterRate }
            ),
            count("children_in_need", "No of children in need (including CLA, CP and SA)") {
                $0.demand.childrenInNeed
            },
            RowDefinition(
                key: "children_in_need_rate", label: "CIN rate (per 10,000)", unit: .ratePer10000,
                value: { $0.demand.childrenInNeedRate }
            ),
            caseload("highest_team_caseload", "Highest Team caseload", .cin, \.highestTeamCaseload),
        ]
        let socialWorkTeams: [TeamType] = [
            .cin, .sat, .cla, .leavingCareCaseWorker, .leavingCareAdvisor, .independentChair, .iro, .kinship,
        ]
        for teamType in socialWorkTeams {
            rows += caseloadRows(teamType, thresholds: thresholds)
        }
        let earlyHelpIndividuals = thresholds.threshold(for: CaseloadMeasure(.earlyHelpCluster))
        let earlyHelpFamilies = thresholds.threshold(for: CaseloadMeasure(.earlyHelpCluster, .families))
        let youthSupport = thresholds.threshold(for: CaseloadMeasure(.targetedYouthSupport))
        for area in SupervisionArea.specified {
            rows.append(
                RowDefinition(
                    key: "supervision_compliance.\(area.rawValue)",
                    label: "\(area.displayName) Supervision Compliant %",
                    unit: .percent,
                    value: { $0.supervision(area)?.percentage }
                )
            )
        }
        rows += [
            count("early_help_assessments_opened_in_week", "Number of Early Help Assessments opened in the week") {
                $0.demand.earlyHelpAssessmentsOpenedInWeek
            },
            caseload(
                "early_help_cases_open", "EH cases open led by clusters (families)", .earlyHelpCluster,
                \.totalCaseload, basis: .families, bracketed: false, key: "early_help_cases_open.families"
            ),
            caseload(
                "early_help_cases_open", "EH cases open led by clusters (individuals)", .earlyHelpCluster,
                \.totalCaseload, bracketed: false, key: "early_help_cases_open.individuals"
            ),
            caseload(
                "highest_caseload", "Highest caseload EH (clusters) by Individuals", .earlyHelpCluster,
                \.highestWorkerCaseload, bracketed: false
            ),
            caseload(
                "lowest_caseload", "Lowest caseload EH (clusters) by Individuals", .earlyHelpCluster,
                \.lowestWorkerCaseload, bracketed: false
            ),
            caseload(
                "workers_over_threshold",
                "Workers with caseload EH over \(earlyHelpIndividuals) (clusters) by Individuals",
                .earlyHelpCluster, \.workersOverThreshold, bracketed: false
            ),
            caseload(
                "workers_over_threshold",
                "Workers with caseload EH over \(earlyHelpFamilies) (clusters) by Families",
                .earlyHelpCluster, \.workersOverThreshold, basis: .families, bracketed: false
            ),
            caseload(
                "highest_caseload", "Highest caseload EH (Targeted Youth Support) by Individuals",
                .targetedYouthSupport, \.highestWorkerCaseload, bracketed: false
            ),
            caseload(
                "lowest_caseload", "Lowest caseload EH (Targeted Youth Support) by Individuals",
                .targetedYouthSupport, \.lowestWorkerCaseload, bracketed: false
            ),
            caseload(
                "workers_over_threshold",
                "Workers with caseload EH over \(youthSupport) (Targeted Youth Support) by Individuals",
                .targetedYouthSupport, \.workersOverThreshold, bracketed: false
            ),
            count("lado_cases_open", "LADO cases open") { $0.demand.ladoCasesOpen },
        ]
        rows += caseloadRows(.lado, thresholds: thresholds)
        var cass = count("cass_open", "CASS open") { $0.demand.cassOpen }
        cass.note = { figures in
            cassNote(
                inCare: FigureText.count(figures.demand.cassInCareSection20),
                careLeavers: FigureText.count(figures.demand.cassCareLeavers))
        }
        rows.append(cass)
        return rows
    }

    /// The CASS open row's note: its two parts as written.
    static func cassNote(inCare: String, careLeavers: String) -> String {
        "CASS in Care (S20): \(inCare), Care Leavers (former CASS): \(careLeavers)"
    }

    /// Highest, lowest and workers over the threshold for a team type counted by cases.
    private static func caseloadRows(_ teamType: TeamType, thresholds: CaseloadThresholds) -> [RowDefinition] {
        let threshold = thresholds.threshold(for: CaseloadMeasure(teamType))
        return [
            caseload("highest_caseload", "Highest caseload", teamType, \.highestWorkerCaseload),
            caseload("lowest_caseload", "Lowest caseload", teamType, \.lowestWorkerCaseload),
            caseload(
                "workers_over_threshold", "Workers with caseload over \(threshold)", teamType, \.workersOverThreshold),
        ]
    }

    private static func count(
        _ key: String,
        _ label: String,
        _ value: @escaping @Sendable (SnapshotFigures) -> Int
    ) -> RowDefinition {
        RowDefinition(key: key, label: label, unit: .count, value: { Double(value($0)) })
    }

    /// A row read from a caseload summary. The key is `<figure>.<team type>`, with `.families` appended
    /// for the families basis, unless `key` is given; `bracketed` appends the team in brackets as the
    /// seed does: `Highest caseload (CIN)`, `Highest caseload (Leaving Care Team) - Allocated Case Worker`.
    private static func caseload(
        _ figure: String,
        _ label: String,
        _ teamType: TeamType,
        _ field: @escaping @Sendable (CaseloadSummary) -> Int,
        basis: CaseloadBasis = .cases,
        bracketed: Bool = true,
        key: String? = nil
    ) -> RowDefinition {
        let measure = CaseloadMeasure(teamType, basis)
        let defaultKey =
            basis == .cases
            ? "\(figure).\(teamType.rawValue)" : "\(figure).\(teamType.rawValue).\(basis.rawValue)"
        return RowDefinition(
            key: key ?? defaultKey,
            label: bracketed ? "\(label) \(bracketedName(teamType))" : label,
            unit: .count,
            value: { figures in figures.caseload(measure).map { Double(field($0)) } }
        )
    }

    private static func bracketedName(_ teamType: TeamType) -> String {
        switch teamType {
        case .leavingCareCaseWorker: "(Leaving Care Team) - Allocated Case Worker"
        case .leavingCareAdvisor: "(Leaving Care Team) - Leaving Care Advisor"
        default: "(\(teamType.displayName))"
        }
    }
}
