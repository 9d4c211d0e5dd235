public import CYPHubCore
import SocialCareModule

// What partners see of the workforce: headcounts of workers (and the cases they hold) of 1-5 are withheld, with
// the FTE and rates derived from them; pay and agency cost are money. See docs/security.md, "Small numbers".

extension ServiceStaffing {
    /// The service's people in post, and their FTE.
    static let smallNumbers = SuppressionPlan<ServiceStaffing>(
        .count(\.headcount, "headcount", derived: [.number(\.fte, "fte")]))
}

extension DivisionStaffing {
    /// The division's headcount and FTE, and each service's.
    static let smallNumbers = SuppressionPlan<DivisionStaffing>(
        .count(\.headcount, "headcount", derived: [.within(\.fte, "fte", [.number(\.known, "known")])]),
        .repeated(\.services, "services", ServiceStaffing.smallNumbers))
}

extension GetEstablishmentResponse: SmallNumberDeclaring {
    /// The grand total, each division and each service: headcount with its FTE.
    public static let smallNumbers = SuppressionPlan<GetEstablishmentResponse>(
        .count(\.headcount, "headcount", derived: [.within(\.fte, "fte", [.number(\.known, "known")])]),
        .repeated(\.divisions, "divisions", DivisionStaffing.smallNumbers))
}

extension TeamFigures {
    /// Employed and agency social workers (headcount) take their FTE and every rate built on it; the cases held take
    /// the average caseload.
    static let smallNumbers = SuppressionPlan<TeamFigures>(
        .count(
            \.employedHeadcount, "employed_headcount",
            derived: [
                .number(\.employedFte, "employed_fte"),
                .within(\.turnover, "turnover", denominatorAndPercent),
                .within(\.agency, "agency", denominatorAndPercent),
                .within(\.vacancy, "vacancy", denominatorAndPercent),
            ]),
        .count(
            \.agencyHeadcount, "agency_headcount",
            derived: [
                .number(\.agencyFte, "agency_fte"),
                .within(\.agency, "agency", [.number(\.numerator, "numerator")] + denominatorAndPercent),
            ]),
        .count(
            \.cases, "cases",
            derived: [.within(\.caseload, "caseload", [.number(\.cases, "cases"), .number(\.average, "average")])]))

    private static let denominatorAndPercent: [DerivedFigure<RateFigure>] = [
        .number(\.denominator, "denominator"), .number(\.percent, "percent"),
    ]
}

extension SocialCareWorkload {
    /// Social care's supervision and caseload figures, withheld as social care's own snapshot withholds them.
    static let smallNumbers = SuppressionPlan<SocialCareWorkload>(
        .repeated(\.supervision, "supervision", SupervisionCompliance.smallNumbers),
        .repeated(\.caseloads, "caseloads", CaseloadSummary.smallNumbers))
}

extension GetWorkforceSummaryResponse: SmallNumberDeclaring {
    /// Each team, the total and social care's workload figures.
    public static let smallNumbers = SuppressionPlan<GetWorkforceSummaryResponse>(
        .repeated(\.teams, "teams", TeamFigures.smallNumbers),
        .nested(\.total, "total", TeamFigures.smallNumbers),
        .nested(\.socialCare, "social_care", SocialCareWorkload.smallNumbers))
}

/// Pay rates and the cost of agency FTE: money, and an FTE rather than a headcount.
extension GetAgencyCostResponse: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}
