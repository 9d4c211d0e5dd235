public import CYPHubCore

// What partners see of SEND: every count of children and young people (plans, caseloads, requests, reviews) of
// 1-5 is withheld, with the changes, shares and percentages derived from it; the High Needs Block figures are money.
// See docs/security.md, "Small numbers".

extension CountChange {
    /// The earlier count, with the change and % change derived from it.
    static let smallNumbers = SuppressionPlan<CountChange>(
        .count(\.previous, "previous", derived: changed))

    /// The figures that derive from either count of a change.
    static let changed: [DerivedFigure<CountChange>] = [
        .number(\.change, "change"), .number(\.percentChange, "percent_change"),
    ]
}

extension EhcpCaseloadGroup {
    /// The group's count, its share of the total and its changes.
    static let smallNumbers = SuppressionPlan<EhcpCaseloadGroup>(
        .count(
            \.count, "count",
            derived: [
                .number(\.shareOfTotalPercent, "share_of_total_percent"),
                .within(\.sincePrevious, "since_previous", CountChange.changed),
                .within(\.sinceYearAgo, "since_year_ago", CountChange.changed),
            ]),
        .nested(\.sincePrevious, "since_previous", CountChange.smallNumbers),
        .nested(\.sinceYearAgo, "since_year_ago", CountChange.smallNumbers))
}

extension EhcpCaseloadSnapshot {
    /// The total, its changes and every group's share of it; each group.
    static let smallNumbers = SuppressionPlan<EhcpCaseloadSnapshot>(
        .count(
            \.total, "total",
            derived: [
                .within(\.sincePrevious, "since_previous", CountChange.changed),
                .within(\.sinceYearAgo, "since_year_ago", CountChange.changed),
                .each(\.byAgeBand, "by_age_band", [.number(\.shareOfTotalPercent, "share_of_total_percent")]),
                .each(\.bySettingType, "by_setting_type", [.number(\.shareOfTotalPercent, "share_of_total_percent")]),
            ]),
        .nested(\.sincePrevious, "since_previous", CountChange.smallNumbers),
        .nested(\.sinceYearAgo, "since_year_ago", CountChange.smallNumbers),
        .repeated(\.byAgeBand, "by_age_band", EhcpCaseloadGroup.smallNumbers),
        .repeated(\.bySettingType, "by_setting_type", EhcpCaseloadGroup.smallNumbers))
}

extension NewPlansYear {
    /// The year's new plans and the growth on the year before.
    static let smallNumbers = SuppressionPlan<NewPlansYear>(
        .count(\.count, "count", derived: [.within(\.sincePreviousYear, "since_previous_year", CountChange.changed)]),
        .nested(\.sincePreviousYear, "since_previous_year", CountChange.smallNumbers))
}

extension EhcpSummary: SmallNumberDeclaring {
    /// Every snapshot (EHCP and SEN Support) and every year of new plans.
    public static let smallNumbers = SuppressionPlan<EhcpSummary>(
        .repeated(\.ehcp, "ehcp", EhcpCaseloadSnapshot.smallNumbers),
        .repeated(\.senSupport, "sen_support", EhcpCaseloadSnapshot.smallNumbers),
        .repeated(\.newPlans, "new_plans", NewPlansYear.smallNumbers))
}

extension NewPlanTimeliness {
    /// Plans issued and issued in time are counts of children; each percentage goes with either of its counts, the
    /// average weeks with the plans issued, and the plans excluding exceptions with the exceptions (it is plans
    /// issued less them).
    static let smallNumbers = SuppressionPlan<NewPlanTimeliness>(
        .count(\.plansIssued, "plans_issued", derived: [including, .number(\.averageWeeksToIssue, "average_weeks_to_issue")]),
        .count(\.issuedWithin20Weeks, "issued_within_20_weeks", derived: [including]),
        .count(
            \.exceptionPlans, "exception_plans", derived: [.number(\.plansExcludingExceptions, "plans_excluding_exceptions"), excluding]),
        .count(\.plansExcludingExceptions, "plans_excluding_exceptions", derived: [excluding]),
        .count(
            \.issuedWithin20WeeksExcludingExceptions, "issued_within_20_weeks_excluding_exceptions",
            derived: [excluding]),
        .count(\.openOverdueAtPeriodEnd, "open_overdue_at_period_end"))

    private static let including = DerivedFigure<NewPlanTimeliness>.number(
        \.percentWithin20WeeksIncludingExceptions, "percent_within_20_weeks_including_exceptions")
    private static let excluding = DerivedFigure<NewPlanTimeliness>.number(
        \.percentWithin20WeeksExcludingExceptions, "percent_within_20_weeks_excluding_exceptions")
}

extension DeadlineTimeliness {
    /// Items due, completed and completed on time are counts; each percentage goes with either of its counts.
    static let smallNumbers = SuppressionPlan<DeadlineTimeliness>(
        .count(\.due, "due", derived: [completed, onTime]),
        .count(\.completed, "completed", derived: [completed]),
        .count(\.completedOnTime, "completed_on_time", derived: [onTime]))

    private static let completed = DerivedFigure<DeadlineTimeliness>.number(\.percentCompleted, "percent_completed")
    private static let onTime = DerivedFigure<DeadlineTimeliness>.number(\.percentOnTime, "percent_on_time")
}

extension TimelinessReport: SmallNumberDeclaring {
    /// New plans, annual reviews, amendments and phase transfers.
    public static let smallNumbers = SuppressionPlan<TimelinessReport>(
        .nested(\.newPlans, "new_plans", NewPlanTimeliness.smallNumbers),
        .nested(\.annualReviews, "annual_reviews", DeadlineTimeliness.smallNumbers),
        .nested(\.amendments, "amendments", DeadlineTimeliness.smallNumbers),
        .nested(\.phaseTransfers, "phase_transfers", DeadlineTimeliness.smallNumbers))
}

// The High Needs Block forecast is money (£000) and percentages of money: no counts of people.

/// The plans held: titles, years and the opening deficit in £000.
extension HighNeedsPlanList: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Income, costs, savings and deficits in £000 and spend as % of grant.
extension HighNeedsForecast: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Two forecasts (money) and their differences.
extension HighNeedsScenarioResult: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}
