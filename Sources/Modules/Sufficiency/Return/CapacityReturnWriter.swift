public import CYPHubCore
public import CapitalModule

/// Lays out the school capacity survey's tables as CSV files a data team can check and then key or upload:
/// school capacity, mainstream pupil forecasts by year group, specialist forecasts, and places planned for
/// the next three years. Pupils are whole numbers (each year group rounded half away from zero).
public enum CapacityReturnWriter {
    /// Years ahead of the base year whose planned places the return lists.
    public static let plannedYears = 3

    /// The files.
    public static func files(
        authority: String, baseYear: AcademicYear, data: AuthorityPlanningData, forecasts: [AreaForecast],
        specialist: SpecialistPlacesReport?, projects: [PlacesProject]
    ) -> [ReturnFile] {
        [
            capacity(authority: authority, data: data),
            pupilForecasts(authority: authority, forecasts: forecasts),
            specialistForecasts(authority: authority, specialist: specialist),
            plannedPlaces(authority: authority, baseYear: baseYear, data: data, projects: projects),
        ]
    }

    static func capacity(authority: String, data: AuthorityPlanningData) -> ReturnFile {
        var csv = CSVWriter(header: [
            "authority_code", "urn", "school_name", "phase", "provision", "planning_area", "planning_area_name",
            "net_capacity", "primary_places", "secondary_places", "sixth_form", "opening_year", "closing_year",
        ])
        for school in data.schools.sorted(by: {
            ($0.phase.rawValue, $0.planningArea, $0.urn) < ($1.phase.rawValue, $1.planningArea, $1.urn)
        }) {
            csv.append([
                authority, school.urn, school.name, school.phase.rawValue, school.provision.rawValue, school.planningArea,
                data.area(school.planningArea)?.name ?? "", String(school.netCapacity),
                school.phase == .specialist ? String(school.primaryPlaces) : "",
                school.phase == .specialist ? String(school.secondaryPlaces) : "", school.sixthForm ? "yes" : "no",
                school.openingYear?.description ?? "", school.closingYear?.description ?? "",
            ])
        }
        return ReturnFile(
            name: "scap_school_capacity.csv", description: "Schools and specialist provision with their places",
            csv: csv.text, rows: csv.rows)
    }

    static func pupilForecasts(authority: String, forecasts: [AreaForecast]) -> ReturnFile {
        let groups = (0...13).compactMap { YearGroup(number: $0)?.description }
        var csv = CSVWriter(
            header: ["authority_code", "planning_area", "planning_area_name", "phase", "academic_year", "type"] + groups
                + ["total"])
        for area in forecasts {
            for year in area.years {
                let byGroup = Dictionary(year.yearGroups.map { ($0.yearGroup, $0.pupils) }, uniquingKeysWith: { first, _ in first })
                csv.append(
                    [authority, area.planningArea, area.name, area.phase.rawValue, year.academicYear, year.actual ? "actual" : "forecast"]
                        + groups.map { group in byGroup[group].map { String(Int(FigureFormat.rounded($0, places: 0))) } ?? "" }
                        + [String(year.totalRounded)])
            }
        }
        return ReturnFile(
            name: "scap_pupil_forecasts.csv",
            description: "Mainstream pupils by planning area and year group: the census year, then the forecast",
            csv: csv.text, rows: csv.rows)
    }

    static func specialistForecasts(authority: String, specialist: SpecialistPlacesReport?) -> ReturnFile {
        var csv = CSVWriter(header: [
            "authority_code", "academic_year", "primary_pupils", "secondary_pupils", "specialist_places", "caseload_as_at",
        ])
        for year in specialist?.years ?? [] {
            csv.append([
                authority, year.academicYear, year.hasPrimary ? String(Int(FigureFormat.rounded(year.primaryDemand, places: 0))) : "",
                String(Int(FigureFormat.rounded(year.secondaryDemand, places: 0))), String(year.capacity),
                specialist?.caseloadAsAt ?? "",
            ])
        }
        return ReturnFile(
            name: "scap_specialist_forecasts.csv",
            description: "Pupils with an EHCP needing a specialist place (primary 5 years, secondary 7) and specialist places",
            csv: csv.text, rows: csv.rows)
    }

    static func plannedPlaces(
        authority: String, baseYear: AcademicYear, data: AuthorityPlanningData, projects: [PlacesProject]
    ) -> ReturnFile {
        var csv = CSVWriter(header: [
            "authority_code", "planning_area", "planning_area_name", "phase", "academic_year", "places", "source", "reference",
            "name",
        ])
        let first = baseYear.adding(years: 1)
        let last = baseYear.adding(years: plannedYears)
        var rows: [(AcademicYear, String, [String])] = []
        for project in projects where project.openingYear >= first && project.openingYear <= last {
            rows.append(
                (
                    project.openingYear, project.planningArea,
                    [
                        authority, project.planningArea, data.area(project.planningArea)?.name ?? "", project.phase.rawValue,
                        project.openingYear.description, String(project.places), "capital programme", project.projectID, project.name,
                    ]
                ))
        }
        for change in data.placeChanges where change.year >= first && change.year <= last {
            let area = data.area(change.planningArea)
            rows.append(
                (
                    change.year, change.planningArea,
                    [
                        authority, change.planningArea, area?.name ?? "", area?.phase.rawValue ?? "", change.year.description,
                        String(change.places), "place change", change.reference, change.note,
                    ]
                ))
        }
        for row in rows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) { csv.append(row.2) }
        return ReturnFile(
            name: "scap_planned_places.csv",
            description: "Places planned to open (or close) in the next \(plannedYears) years, by planning area",
            csv: csv.text, rows: csv.rows)
    }
}
