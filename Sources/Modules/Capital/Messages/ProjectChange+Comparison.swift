extension ProjectChange {
    /// One project in two versions, in £000.
    public init(_ comparison: ProjectComparison) {
        let before = comparison.before
        let after = comparison.after
        let project = after ?? before
        let totalBeforePounds = before?.spendTotalPounds ?? 0
        let totalAfterPounds = after?.spendTotalPounds ?? 0
        let grossBeforePounds = before?.grossCostPounds ?? 0
        let grossAfterPounds = after?.grossCostPounds ?? 0
        let shift = comparison.openingYearShift ?? 0
        self.init(
            projectId: comparison.projectID, name: project?.name ?? "", category: project?.category.slug ?? "",
            kind: comparison.kind, rephasing: comparison.rephasing,
            byYear: comparison.years.map { year in
                YearChange(year: year, beforePounds: comparison.before(in: year), afterPounds: comparison.after(in: year))
            },
            totalBefore: Thousands.figure(totalBeforePounds), totalAfter: Thousands.figure(totalAfterPounds),
            totalChange: Thousands.figure(totalAfterPounds - totalBeforePounds),
            grossCostBefore: Thousands.figure(grossBeforePounds), grossCostAfter: Thousands.figure(grossAfterPounds),
            grossCostChange: Thousands.figure(grossAfterPounds - grossBeforePounds), placesBefore: ProjectPlaces(before),
            placesAfter: ProjectPlaces(after), placesChanged: before != nil && after != nil && comparison.placesChanged,
            openingYearChanged: shift != 0, openingYearShift: shift)
    }
}
