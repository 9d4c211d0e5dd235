import CYPHubCore
import CapitalModule

/// Parses and validates the sufficiency module's CSV files, one record at a time; ``SufficiencyRows`` says for each
/// dataset how its records are keyed, checked against what is already held (a school's planning area, a roll's school)
/// and stored, for `Import` and `ImportStream` alike. Templates: `docs/modules/sufficiency.md`.
public enum SufficiencyImporter {
    /// Why a file with a header and no rows is refused.
    static let noRowsReason = "the file has a header but no rows"

    static func planningArea(_ record: CSVRecord) throws(ImportIssue) -> PlanningArea {
        let phase = try record.phase("phase")
        let secondary = record.text("secondary_planning_area")
        if !secondary.isEmpty {
            guard phase == .primary else {
                throw record.issue("secondary_planning_area", "only a primary area names the secondary area it feeds")
            }
            _ = try record.code("secondary_planning_area")
        }
        return PlanningArea(
            authority: try record.authorityCode("authority_code"), code: try record.code("planning_area"),
            name: try record.requiredText("name"), phase: phase, secondaryArea: secondary)
    }

    static func school(_ record: CSVRecord) throws(ImportIssue) -> School {
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
        return School(
            authority: try record.authorityCode("authority_code"), urn: try record.urn("urn"),
            name: try record.requiredText("name"), phase: phase, planningArea: try record.code("planning_area"),
            netCapacity: capacity, openingYear: opening, closingYear: closing, sixthForm: sixthForm,
            provision: provision, primaryPlaces: primaryPlaces, secondaryPlaces: secondaryPlaces)
    }

    static func numberOnRoll(_ record: CSVRecord) throws(ImportIssue) -> NumberOnRollRecord {
        let text = record.text("year_group")
        guard let group = YearGroup(parsing: text) else {
            throw record.issue("year_group", "'\(text)' is not a year group (R, Y1 … Y13)")
        }
        return NumberOnRollRecord(
            authority: try record.authorityCode("authority_code"), urn: try record.urn("urn"),
            year: try record.splitYear("academic_year"), yearGroup: group,
            pupils: try record.count("pupils", of: "pupils on roll", maximum: 10_000))
    }

    static func births(_ record: CSVRecord) throws(ImportIssue) -> BirthsRecord {
        BirthsRecord(
            authority: try record.authorityCode("authority_code"), planningArea: try record.code("planning_area"),
            year: try record.calendarYear("year"), births: try record.count("births", of: "births", maximum: 1_000_000),
            source: record.text("source"))
    }

    static func housing(_ record: CSVRecord) throws(ImportIssue) -> HousingRecord {
        HousingRecord(
            authority: try record.authorityCode("authority_code"), planningArea: try record.code("planning_area"),
            year: try record.splitYear("academic_year"), site: record.text("site"),
            dwellings: try record.count("dwellings", of: "dwellings", maximum: 1_000_000))
    }

    static func pupilYield(_ record: CSVRecord) throws(ImportIssue) -> PupilYieldRecord {
        PupilYieldRecord(
            authority: try record.authorityCode("authority_code"),
            phase: try record.phase("phase", allowed: [.primary, .secondary]),
            yieldPerDwelling: try record.double("yield_per_dwelling", range: 0...5), source: record.text("source"))
    }

    static func placeChange(_ record: CSVRecord) throws(ImportIssue) -> PlaceChange {
        let places = try record.int("places", range: -10_000...10_000)
        if places == 0 { throw record.issue("places", "0 places is no change; give places added (or removed, negative)") }
        return PlaceChange(
            authority: try record.authorityCode("authority_code"), planningArea: try record.code("planning_area"),
            year: try record.splitYear("academic_year"), reference: try record.requiredText("reference"),
            places: places, note: record.text("note"))
    }

    /// Why a row whose key (`key`) repeats line `earlier` is refused.
    static func duplicateReason(_ key: String, earlier: Int) -> String { "\(key) repeats line \(earlier)" }

    /// One issue per record whose key repeats an earlier record's, naming the earlier line.
    static func rejectDuplicates(_ keys: [(Int, String)], _ table: CSVTable, _ column: String) throws(ImportError) {
        var first: [String: Int] = [:]
        var issues: [ImportIssue] = []
        for (line, key) in keys {
            if let earlier = first[key] {
                issues.append(ImportIssue(file: table.fileName, line: line, column: column, reason: duplicateReason(key, earlier: earlier)))
            } else {
                first[key] = line
            }
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
    }
}
