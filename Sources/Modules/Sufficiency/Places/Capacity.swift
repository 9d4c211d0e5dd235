public import CYPHubCore

/// Places in a planning area in a year: the schools open that year plus imported place changes up to and
/// including it (capacity includes places added in the year they open).
public enum Capacity {
    /// The places of `area` in `year`.
    public static func places(in area: String, year: AcademicYear, data: AuthorityPlanningData) -> Int {
        let schools = data.schools.filter { $0.planningArea == area && $0.isOpen(in: year) }
            .reduce(0) { $0 + $1.places }
        let changes = data.placeChanges.filter { $0.planningArea == area && $0.year <= year }
            .reduce(0) { $0 + $1.places }
        return schools + changes
    }

    /// Places changed (added, or removed when negative) in `area` in exactly `year`, by place changes and by
    /// schools opening or closing.
    public static func changed(in area: String, year: AcademicYear, data: AuthorityPlanningData) -> Int {
        places(in: area, year: year, data: data) - places(in: area, year: year.adding(years: -1), data: data)
    }
}
