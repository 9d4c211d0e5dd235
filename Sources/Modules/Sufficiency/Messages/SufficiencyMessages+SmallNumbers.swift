public import CYPHubCore

// What partners see of sufficiency. Only the specialist places report counts people (children with an EHCP, from
// the SEND caseload); places, capacity and pupil numbers by school and planning area are published by the DfE
// unsuppressed (the school capacity survey, school-level census counts), and forecasts of them likewise. See
// docs/security.md, "Small numbers".

extension SpecialistYear {
    /// A year's forecast children (primary, secondary, both) and the places needed or spare, which capacity less
    /// demand gives away.
    static let smallNumbers = SuppressionPlan<SpecialistYear>(
        .count(\.primaryDemand, "primary_demand", derived: comparison),
        .count(\.secondaryDemand, "secondary_demand", derived: comparison),
        .count(\.demand, "demand", derived: [.number(\.placesNeeded, "places_needed"), .number(\.sparePlaces, "spare_places")]))

    /// The demand and what the comparison with capacity gives away.
    static let comparison: [DerivedFigure<SpecialistYear>] = [
        .number(\.demand, "demand"), .number(\.placesNeeded, "places_needed"), .number(\.sparePlaces, "spare_places"),
    ]
}

extension SpecialistPlacesReport: SmallNumberDeclaring {
    /// The children with an EHCP in specialist provision at the caseload date (aged 5-10, 11-15): each year's
    /// forecast of the phase is that count grown, so it goes with it.
    public static let smallNumbers = SuppressionPlan<SpecialistPlacesReport>(
        .count(
            \.primaryBase, "primary_base",
            derived: [.each(\.years, "years", [.number(\.primaryDemand, "primary_demand")] + SpecialistYear.comparison)]),
        .count(
            \.secondaryBase, "secondary_base",
            derived: [.each(\.years, "years", [.number(\.secondaryDemand, "secondary_demand")] + SpecialistYear.comparison)]),
        .repeated(\.years, "years", SpecialistYear.smallNumbers))
}

/// Planning areas and their schools' capacity: places, not people.
extension PlanningAreaList: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Pupil forecasts by planning area and year group: the DfE publishes school-level pupil numbers unsuppressed.
extension PupilForecast: SmallNumberSuppressible {
    /// Itself: pupil numbers are published unsuppressed.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Pupils against places by planning area: published unsuppressed, as the forecast is.
extension SufficiencyReport: SmallNumberSuppressible {
    /// Itself: pupil numbers and places are published unsuppressed.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Shortfalls, planned places and the cost to close the gap: places and money.
extension PlacesGapReport: SmallNumberSuppressible {
    /// Itself: no counts of people.
    public func suppressingSmallNumbers() -> Self { self }
}

/// Forecast pupils against the numbers on roll that came true: published unsuppressed, as the forecast is.
extension ForecastAccuracyReport: SmallNumberSuppressible {
    /// Itself: pupil numbers are published unsuppressed.
    public func suppressingSmallNumbers() -> Self { self }
}
