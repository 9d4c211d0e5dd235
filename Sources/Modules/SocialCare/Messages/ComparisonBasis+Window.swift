public import CYPHubCore

/// The council's "change from last quarter (rolling 13 weeks)": the earlier snapshot is the latest one dated on
/// or before the snapshot date minus 91 days. For 4 October 2024 that is 5 July 2024 exactly; a snapshot of 6 July
/// would be too recent and one of 28 June would be used instead. When there is none the rows carry
/// ``ComparisonStatus/noEarlierSnapshot``.
extension ComparisonBasis {
    /// The rolling window: 91 days (13 weeks).
    public static let windowDays = 91

    /// The basis for a snapshot on `date` compared with `earlier` (`nil`: none).
    public init(date: LocalDate, earlier: LocalDate?) {
        self.init(
            windowDays: Self.windowDays,
            latestEligibleDate: Self.latestEligibleDate(for: date).description,
            hasEarlierSnapshot: earlier != nil,
            earlierDate: earlier?.description ?? "",
            daysBetween: earlier.map { date.days(since: $0) } ?? 0
        )
    }

    /// The latest date an earlier snapshot may have: `date` − 91 days.
    public static func latestEligibleDate(for date: LocalDate) -> LocalDate {
        date.adding(days: -windowDays)
    }

    /// The snapshot to compare `date` with: the latest of `available` on or before `date` − 91 days.
    public static func earlierSnapshot(for date: LocalDate, among available: [LocalDate]) -> LocalDate? {
        let limit = latestEligibleDate(for: date)
        return available.filter { $0 <= limit }.max()
    }
}
