public import CYPHubCore
import CapitalModule

/// Parses and validates the sufficiency module's CSV files. Each function reads the whole file and throws
/// one ``ImportError`` listing every problem (file, line, column, reason), so a file with any error stores
/// nothing. Checks against what is already held (a school's planning area, a roll's school) run when the
/// file is stored, in the same transaction (``SufficiencyStore``). Templates: `docs/modules/sufficiency.md`.
public enum SufficiencyImporter {
    /// One parsed file, its records paired with their lines.
    public enum ParsedFile: Sendable {
        case planningAreas([(line: Int, area: PlanningArea)])
        case schools([(line: Int, school: School)])
        case numberOnRoll([(line: Int, record: NumberOnRollRecord)])
        case births([(line: Int, record: BirthsRecord)])
        case housing([(line: Int, record: HousingRecord)])
        case pupilYields([(line: Int, record: PupilYieldRecord)])
        case placeChanges([(line: Int, change: PlaceChange)])

        /// Records in the file.
        public var count: Int {
            switch self {
            case .planningAreas(let rows): rows.count
            case .schools(let rows): rows.count
            case .numberOnRoll(let rows): rows.count
            case .births(let rows): rows.count
            case .housing(let rows): rows.count
            case .pupilYields(let rows): rows.count
            case .placeChanges(let rows): rows.count
            }
        }
    }

    /// Parses `csv` as `dataset`.
    public static func parse(_ dataset: SufficiencyDataset, csv: String, fileName: String) throws(ImportError) -> ParsedFile {
        let table = try CSVTable.parse(
            csv, fileName: fileName, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns)
        if table.records.isEmpty {
            throw ImportError(ImportIssue(file: fileName, line: 0, column: "", reason: "the file has a header but no rows"))
        }
        switch dataset {
        case .planningAreas: return .planningAreas(try planningAreas(table))
        case .schools: return .schools(try schools(table))
        case .numberOnRoll: return .numberOnRoll(try numberOnRoll(table))
        case .births: return .births(try births(table))
        case .housing: return .housing(try housing(table))
        case .pupilYields: return .pupilYields(try pupilYields(table))
        case .placeChanges: return .placeChanges(try placeChanges(table))
        }
    }

    static func planningAreas(_ table: CSVTable) throws(ImportError) -> [(line: Int, area: PlanningArea)] {
        let rows = try table.map { record throws(ImportIssue) in
            let phase = try record.phase("phase")
            let secondary = record.text("secondary_planning_area")
            if !secondary.isEmpty {
                guard phase == .primary else {
                    throw record.issue("secondary_planning_area", "only a primary area names the secondary area it feeds")
                }
                _ = try record.code("secondary_planning_area")
            }
            return (
                line: record.line,
                area: PlanningArea(
                    authority: try record.authorityCode("authority_code"), code: try record.code("planning_area"),
                    name: try record.requiredText("name"), phase: phase, secondaryArea: secondary)
            )
        }
        try rejectDuplicates(rows.map { ($0.line, "\($0.area.authority) area \($0.area.code)") }, table, "planning_area")
        return rows
    }

    static func schools(_ table: CSVTable) throws(ImportError) -> [(line: Int, school: School)] {
        let rows = try table.map { record throws(ImportIssue) in
            let phase = try record.phase("phase")
            let opening = try record.optionalSplitYear("opening_year")
            let closing = try record.optionalSplitYear("closing_year")
            if let opening, let closing, closing <= opening {
                throw record.issue("closing_year", "\(closing) is not after the opening year \(opening)")
            }
            let capacity = try record.count("net_capacity", of: "places", maximum: 10_000)
            let sixthForm = record.text("sixth_form").isEmpty ? false : try record.bool("sixth_form")
            if sixthForm && phase != .secondary {
                throw record.issue("sixth_form", "only a secondary school has a sixth form")
            }
            let provisionText = record.text("provision").lowercased()
            var provision = ProvisionType.mainstream
            if !provisionText.isEmpty {
                guard let parsed = ProvisionType(rawValue: provisionText) else {
                    throw record.issue(
                        "provision",
                        "'\(record.text("provision"))' is not one of \(ProvisionType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                provision = parsed
            }
            var primaryPlaces = 0
            var secondaryPlaces = 0
            if phase == .specialist {
                guard provision != .mainstream else {
                    throw record.issue("provision", "specialist provision is special_school, sen_unit or resourced_provision")
                }
                primaryPlaces = try record.count("primary_places", of: "places", maximum: 10_000)
                secondaryPlaces = try record.count("secondary_places", of: "places", maximum: 10_000)
                if primaryPlaces + secondaryPlaces > capacity {
                    throw record.issue(
                        "secondary_places",
                        "primary (\(primaryPlaces)) + secondary (\(secondaryPlaces)) places are more than the net capacity \(capacity)")
                }
            } else {
                if provision != .mainstream {
                    throw record.issue(
                        "provision", "a \(phase.rawValue) school is mainstream; list specialist provision with phase specialist")
                }
                for column in ["primary_places", "secondary_places"] where !record.text(column).isEmpty {
                    throw record.issue(column, "only specialist provision gives primary and secondary places")
                }
            }
            return (
                line: record.line,
                school: School(
                    authority: try record.authorityCode("authority_code"), urn: try record.urn("urn"),
                    name: try record.requiredText("name"), phase: phase, planningArea: try record.code("planning_area"),
                    netCapacity: capacity, openingYear: opening, closingYear: closing, sixthForm: sixthForm,
                    provision: provision, primaryPlaces: primaryPlaces, secondaryPlaces: secondaryPlaces)
            )
        }
        try rejectDuplicates(
            rows.map { ($0.line, "\($0.school.authority) URN \($0.school.urn) (\($0.school.phase.rawValue))") }, table, "urn")
        return rows
    }

    static func numberOnRoll(_ table: CSVTable) throws(ImportError) -> [(line: Int, record: NumberOnRollRecord)] {
        let rows = try table.map { record throws(ImportIssue) in
            let text = record.text("year_group")
            guard let group = YearGroup(parsing: text) else {
                throw record.issue("year_group", "'\(text)' is not a year group (R, Y1 … Y13)")
            }
            return (
                line: record.line,
                record: NumberOnRollRecord(
                    authority: try record.authorityCode("authority_code"), urn: try record.urn("urn"),
                    year: try record.splitYear("academic_year"), yearGroup: group,
                    pupils: try record.count("pupils", of: "pupils on roll", maximum: 10_000))
            )
        }
        try rejectDuplicates(
            rows.map { ($0.line, "\($0.record.authority) URN \($0.record.urn) \($0.record.year) \($0.record.yearGroup)") },
            table, "year_group")
        return rows
    }

    static func births(_ table: CSVTable) throws(ImportError) -> [(line: Int, record: BirthsRecord)] {
        let rows = try table.map { record throws(ImportIssue) in
            (
                line: record.line,
                record: BirthsRecord(
                    authority: try record.authorityCode("authority_code"), planningArea: try record.code("planning_area"),
                    year: try record.calendarYear("year"), births: try record.count("births", of: "births", maximum: 1_000_000),
                    source: record.text("source"))
            )
        }
        try rejectDuplicates(
            rows.map { ($0.line, "\($0.record.authority) \($0.record.planningArea) \($0.record.year)") }, table, "year")
        return rows
    }

    static func housing(_ table: CSVTable) throws(ImportError) -> [(line: Int, record: HousingRecord)] {
        let rows = try table.map { record throws(ImportIssue) in
            (
                line: record.line,
                record: HousingRecord(
                    authority: try record.authorityCode("authority_code"), planningArea: try record.code("planning_area"),
                    year: try record.splitYear("academic_year"), site: record.text("site"),
                    dwellings: try record.count("dwellings", of: "dwellings", maximum: 1_000_000))
            )
        }
        try rejectDuplicates(
            rows.map { ($0.line, "\($0.record.authority) \($0.record.planningArea) \($0.record.year) site '\($0.record.site)'") },
            table, "site")
        return rows
    }

    static func pupilYields(_ table: CSVTable) throws(ImportError) -> [(line: Int, record: PupilYieldRecord)] {
        let rows = try table.map { record throws(ImportIssue) in
            (
                line: record.line,
                record: PupilYieldRecord(
                    authority: try record.authorityCode("authority_code"),
                    phase: try record.phase("phase", allowed: [.primary, .secondary]),
                    yieldPerDwelling: try record.double("yield_per_dwelling", range: 0...5), source: record.text("source"))
            )
        }
        try rejectDuplicates(rows.map { ($0.line, "\($0.record.authority) \($0.record.phase.rawValue)") }, table, "phase")
        return rows
    }

    static func placeChanges(_ table: CSVTable) throws(ImportError) -> [(line: Int, change: PlaceChange)] {
        let rows = try table.map { record throws(ImportIssue) in
            let places = try record.int("places", range: -10_000...10_000)
            if places == 0 { throw record.issue("places", "0 places is no change; give places added (or removed, negative)") }
            return (
                line: record.line,
                change: PlaceChange(
                    authority: try record.authorityCode("authority_code"), planningArea: try record.code("planning_area"),
                    year: try record.splitYear("academic_year"), reference: try record.requiredText("reference"),
                    places: places, note: record.text("note"))
            )
        }
        try rejectDuplicates(
            rows.map { ($0.line, "\($0.change.authority) \($0.change.planningArea) \($0.change.year) '\($0.change.reference)'") },
            table, "reference")
        return rows
    }

    /// One issue per record whose key repeats an earlier record's, naming the earlier line.
    static func rejectDuplicates(_ keys: [(Int, String)], _ table: CSVTable, _ column: String) throws(ImportError) {
        var first: [String: Int] = [:]
        var issues: [ImportIssue] = []
        for (line, key) in keys {
            if let earlier = first[key] {
                issues.append(ImportIssue(file: table.fileName, line: line, column: column, reason: "\(key) repeats line \(earlier)"))
            } else {
                first[key] = line
            }
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
    }
}
