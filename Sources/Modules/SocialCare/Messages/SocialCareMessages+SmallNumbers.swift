public import CYPHubCore

// What partners see of social care: every count of children, cases, workers and supervisions of 1-5 is withheld,
// with the rates, percentages, changes and display texts derived from it. See docs/security.md, "Small numbers".

extension DemandFigures {
    /// Every imported figure is a count of people.
    public static let smallNumbers = SuppressionPlan<DemandFigures>(
        .count(\.population, "population"),
        .count(\.childrenAged0To17, "children_aged_0_to_17"),
        .count(\.ehcpsAged0To25, "ehcps_aged_0_to_25"),
        .count(\.childProtectionPlans, "child_protection_plans"),
        .count(\.childrenLookedAfter, "children_looked_after"),
        .count(\.childrenInNeed, "children_in_need"),
        .count(\.earlyHelpAssessmentsOpenedInWeek, "early_help_assessments_opened_in_week"),
        .count(\.ladoCasesOpen, "lado_cases_open"),
        .count(\.cassInCareSection20, "cass_in_care_section_20"),
        .count(\.cassCareLeavers, "cass_care_leavers"))
}

extension DerivedFigures {
    /// CASS open and the Early Help cluster totals are counts; the rates derive from the demand counts, which
    /// ``Snapshot/smallNumbers`` links them to.
    public static let smallNumbers = SuppressionPlan<DerivedFigures>(
        .count(\.cassOpen, "cass_open"),
        .count(\.earlyHelpCasesOpenIndividuals, "early_help_cases_open_individuals"),
        .count(\.earlyHelpCasesOpenFamilies, "early_help_cases_open_families"))
}

extension CaseloadSummary {
    /// Workers and the cases (children) or families they hold are counts of people; the threshold (a setting) and
    /// the number of teams are not.
    public static let smallNumbers = SuppressionPlan<CaseloadSummary>(
        .count(\.workerCount, "worker_count"),
        .count(\.totalCaseload, "total_caseload"),
        .count(\.highestWorkerCaseload, "highest_worker_caseload"),
        .count(\.lowestWorkerCaseload, "lowest_worker_caseload"),
        .count(\.workersOverThreshold, "workers_over_threshold"),
        .count(\.highestTeamCaseload, "highest_team_caseload"))
}

extension SupervisionCompliance {
    /// Supervisions (of workers) due and held in timescale are counts; the compliance % derives from both.
    public static let smallNumbers = SuppressionPlan<SupervisionCompliance>(
        .count(\.supervisionsDue, "supervisions_due", derived: [.number(\.percentCompliant, "percent_compliant")]),
        .count(
            \.supervisionsInTimescale, "supervisions_in_timescale",
            derived: [.number(\.percentCompliant, "percent_compliant")]))
}

extension Snapshot: SmallNumberDeclaring {
    /// The demand counts, the derived counts, caseloads and supervision, and the table's rows (``SnapshotRow``'s
    /// unit says which rows are counts: see ``SnapshotRowSuppression``). Each rate per 10,000 goes with its count
    /// (`child_protection_rate` with `child_protection_plans`) and with the children aged 0-17; CASS open goes with
    /// either of its parts (the other part would give the small one away).
    public static let smallNumbers = SuppressionPlan<Snapshot>(
        .nested(\.demand, "demand", DemandFigures.smallNumbers),
        .count(at: \.demand?.childProtectionPlans, withholding: [rate(\.childProtectionRate, "child_protection_rate")]),
        .count(
            at: \.demand?.childrenLookedAfter,
            withholding: [rate(\.childrenLookedAfterRate, "children_looked_after_rate")]),
        .count(at: \.demand?.childrenInNeed, withholding: [rate(\.childrenInNeedRate, "children_in_need_rate")]),
        .count(
            at: \.demand?.childrenAged0To17,
            withholding: [
                rate(\.childProtectionRate, "child_protection_rate"),
                rate(\.childrenLookedAfterRate, "children_looked_after_rate"),
                rate(\.childrenInNeedRate, "children_in_need_rate"),
            ]),
        .count(at: \.demand?.cassInCareSection20, withholding: [rate(\.cassOpen, "cass_open")]),
        .count(at: \.demand?.cassCareLeavers, withholding: [rate(\.cassOpen, "cass_open")]),
        .nested(\.derived, "derived", DerivedFigures.smallNumbers),
        .repeated(\.caseloads, "caseloads", CaseloadSummary.smallNumbers),
        .repeated(\.supervision, "supervision", SupervisionCompliance.smallNumbers),
        .custom { original, result, context in
            SnapshotRowSuppression(original).apply(to: &result.rows, in: &context)
        })

    private static func rate(_ keyPath: any WritableKeyPath<DerivedFigures, Double> & Sendable, _ name: String)
        -> DerivedFigure<Snapshot>
    {
        .within(\.derived, "derived", [.number(keyPath, name)])
    }

    private static func rate(_ keyPath: any WritableKeyPath<DerivedFigures, Int> & Sendable, _ name: String)
        -> DerivedFigure<Snapshot>
    {
        .within(\.derived, "derived", [.number(keyPath, name)])
    }
}

extension SnapshotDate {
    /// The workers with records held on the date are people; supervision areas are not.
    public static let smallNumbers = SuppressionPlan<SnapshotDate>(.count(\.workerCount, "worker_count"))
}

extension SnapshotList: SmallNumberDeclaring {
    /// Each date's worker count.
    public static let smallNumbers = SuppressionPlan<SnapshotList>(
        .repeated(\.dates, "dates", SnapshotDate.smallNumbers))
}
