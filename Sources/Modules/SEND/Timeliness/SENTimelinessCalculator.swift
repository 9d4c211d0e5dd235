public import CYPHubCore

/// Computes ``TimelinessReport`` from plan-level records.
///
/// - New plans: the plans whose final plan was issued in the period (the DfE's SEN2 basis), on time
///   when issued at most 140 days after the request; the share is given excluding the plans an
///   exception applies to (the headline) and including them.
/// - Annual reviews, amendments and phase transfers: the items whose deadline falls in the period
///   (review due date; amendment start + 84 days; the transfer deadline). "Completed" means completed on
///   or before the period end; "on time" means completed on or before the item's own deadline. Items
///   not completed count against both, so overdue work is never left out.
public enum SENTimelinessCalculator {
    /// The report for `authorityCode` over `start...end` (inclusive); other authorities' records are
    /// ignored. Throws `INVALID_ARGUMENT` when the period ends before it starts.
    public static func report(
        authorityCode: String, start: LocalDate, end: LocalDate,
        assessments: [EhcpAssessmentRecord], reviews: [AnnualReviewRecord] = [],
        amendments: [AmendmentRecord] = [], transfers: [PhaseTransferRecord] = []
    ) throws(RPCError) -> TimelinessReport {
        guard start <= end else {
            throw .invalidArgument("period: the end \(end) is before the start \(start)")
        }
        let period = start...end
        let mine = assessments.filter { $0.authorityCode == authorityCode }
        let issued = mine.filter { $0.finalPlanIssued.map(period.contains) ?? false }
        let reviewItems = reviews.filter { $0.authorityCode == authorityCode && period.contains($0.reviewDue) }
        let amendmentItems = amendments.filter { $0.authorityCode == authorityCode && period.contains($0.deadline) }
        let transferItems = transfers.filter { $0.authorityCode == authorityCode && period.contains($0.transferDeadline) }
        let synthetic =
            issued.contains { $0.source == .synthetic } || reviewItems.contains { $0.source == .synthetic }
            || amendmentItems.contains { $0.source == .synthetic } || transferItems.contains { $0.source == .synthetic }
        return TimelinessReport(
            authorityCode: authorityCode, periodStart: start.description, periodEnd: end.description,
            newPlans: newPlans(issued: issued, all: mine, end: end),
            annualReviews: deadlines(reviewItems.map { ($0.reviewDue, $0.reviewCompleted) }, end: end),
            amendments: deadlines(amendmentItems.map { ($0.deadline, $0.amendedPlanIssued) }, end: end),
            phaseTransfers: deadlines(transferItems.map { ($0.transferDeadline, $0.amendedPlanIssued) }, end: end),
            hasSyntheticRecords: synthetic
        )
    }

    private static func newPlans(issued: [EhcpAssessmentRecord], all: [EhcpAssessmentRecord], end: LocalDate) -> NewPlanTimeliness {
        let onTime = issued.filter(\.issuedWithin20Weeks)
        let ordinary = issued.filter { !$0.isException }
        let ordinaryOnTime = ordinary.filter(\.issuedWithin20Weeks)
        let totalDays = issued.compactMap(\.daysToIssue).reduce(0, +)
        let overdue = all.filter { record in
            let openAtEnd = record.finalPlanIssued.map { $0 > end } ?? true
            return record.requestReceived <= end && openAtEnd
                && end.days(since: record.requestReceived) > SENTimelinessRules.newPlanLimitDays
        }
        return NewPlanTimeliness(
            plansIssued: issued.count,
            issuedWithin20Weeks: onTime.count,
            exceptionPlans: issued.count - ordinary.count,
            plansExcludingExceptions: ordinary.count,
            issuedWithin20WeeksExcludingExceptions: ordinaryOnTime.count,
            hasPercentIncludingExceptions: !issued.isEmpty,
            percentWithin20WeeksIncludingExceptions: Rates.percent(Double(onTime.count), of: Double(issued.count)) ?? 0,
            hasPercentExcludingExceptions: !ordinary.isEmpty,
            percentWithin20WeeksExcludingExceptions: Rates.percent(Double(ordinaryOnTime.count), of: Double(ordinary.count)) ?? 0,
            averageWeeksToIssue: issued.isEmpty ? 0 : Double(totalDays) / Double(issued.count) / 7,
            openOverdueAtPeriodEnd: overdue.count
        )
    }

    private static func deadlines(_ items: [(deadline: LocalDate, completed: LocalDate?)], end: LocalDate) -> DeadlineTimeliness {
        let completed = items.filter { item in item.completed.map { $0 <= end } ?? false }
        let onTime = items.filter { item in item.completed.map { $0 <= item.deadline } ?? false }
        return DeadlineTimeliness(
            due: items.count, completed: completed.count, completedOnTime: onTime.count,
            hasPercent: !items.isEmpty,
            percentCompleted: Rates.percent(Double(completed.count), of: Double(items.count)) ?? 0,
            percentOnTime: Rates.percent(Double(onTime.count), of: Double(items.count)) ?? 0
        )
    }
}
