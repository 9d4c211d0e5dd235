/// The DfE children's social work workforce indicators, computed from team returns at one census date.
///
/// Definitions (DfE "Children's social work workforce" statistics; all on an FTE basis):
/// - turnover rate = FTE employed leavers in the 12 months to the census date
///   ÷ FTE employed social workers in post at the census date;
/// - agency rate = agency FTE ÷ (agency FTE + employed FTE), both at the census date;
/// - vacancy rate = vacancy FTE ÷ (vacancy FTE + employed FTE), both at the census date (vacancies covered
///   by agency workers count as vacancies);
/// - average caseload = cases held ÷ FTE of the workers (employed and agency) holding one or more cases.
///
/// Worked check against the DfE's published national figures for 30 September 2023: in post 33,119.1 FTE,
/// leavers 5,254.6, agency 7,173.5, vacancies 7,722.7, case holders 21,111.4 FTE holding 337,055 cases give
/// 15.9%, 17.8%, 18.9% and 16.0, the published values.
public struct WorkforceIndicators: Sendable, Hashable {
    /// The totals the indicators are computed from.
    public var totals: TeamReturn

    /// Computes the indicators over the sum of `returns`.
    public init(returns: some Sequence<TeamReturn>, label: String = "Total") {
        totals = TeamReturn(team: label, summing: returns)
    }

    /// Computes the indicators for one return.
    public init(_ teamReturn: TeamReturn) {
        totals = teamReturn
    }

    /// Turnover rate: employed leaver FTE ÷ employed FTE in post.
    public var turnover: WorkforceRatio {
        WorkforceRatio(numerator: totals.leaverFTE, denominator: totals.employedFTE)
    }

    /// Agency rate: agency FTE ÷ (agency FTE + employed FTE).
    public var agency: WorkforceRatio {
        WorkforceRatio(numerator: totals.agencyFTE, denominator: totals.agencyFTE + totals.employedFTE)
    }

    /// Vacancy rate: vacancy FTE ÷ (vacancy FTE + employed FTE).
    public var vacancy: WorkforceRatio {
        WorkforceRatio(numerator: totals.vacancyFTE, denominator: totals.vacancyFTE + totals.employedFTE)
    }

    /// Average caseload: cases ÷ case-holder FTE (a number of cases per FTE, not a percentage).
    public var averageCaseload: WorkforceRatio {
        WorkforceRatio(numerator: Double(totals.cases), denominator: totals.caseHolderFTE)
    }
}
