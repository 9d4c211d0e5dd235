import CYPHubCore
import CapitalModule

/// How one dataset's rows are read, keyed, checked against what is held and stored: one definition serves `Import`
/// (the whole file, ``SufficiencyStore/store(_:_:in:)``) and `ImportStream` (a batch at a time,
/// ``SufficiencyStreamedImport``). Every table is keyed: a row replaces the row held with the same key.
struct SufficiencyRows: Sendable {
    /// One record, read and checked on its own.
    struct Parsed: Sendable {
        /// One value per ``SufficiencyRows/columns``, the authority first.
        var values: [SQLValue]
        var authority: String
        /// What the file holds one row per, as a repeat's issue names it.
        var key: String
        /// The module's record, for ``SufficiencyRows/check``.
        var record: any Sendable
    }

    let table: String
    /// The table's columns, in the order each row's values hold them.
    let columns: [String]
    /// The column a repeated key is reported against.
    let keyColumn: String
    let parse: @Sendable (CSVRecord) throws(ImportIssue) -> Parsed
    /// The column a problem with what is held is reported against.
    let checkColumn: String
    /// Given the authorities of some rows, loads what is held for them and returns each row's problem with it (nil:
    /// none). Nil: the dataset refers to nothing held.
    let check: (@Sendable (SQLConnection, [String]) throws -> @Sendable (Parsed) -> String?)?

    /// `INSERT OR REPLACE` of one row.
    var insert: String {
        "INSERT OR REPLACE INTO \(table) (\(columns.joined(separator: ", "))) "
            + "VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// A dataset of `Record`s.
    init<Record: Sendable>(
        table: String, columns: [String], keyColumn: String,
        parse: @escaping @Sendable (CSVRecord) throws(ImportIssue) -> Record,
        values: @escaping @Sendable (Record) -> [SQLValue], key: @escaping @Sendable (Record) -> String,
        checkColumn: String = "",
        check: (@Sendable (SQLConnection, [String]) throws -> @Sendable (Record) -> String?)? = nil
    ) {
        self.table = table
        self.columns = columns
        self.keyColumn = keyColumn
        self.parse = { record throws(ImportIssue) in
            let parsed = try parse(record)
            let values = values(parsed)
            return Parsed(values: values, authority: values.first?.stringValue ?? "", key: key(parsed), record: parsed)
        }
        self.checkColumn = checkColumn
        guard let check else {
            self.check = nil
            return
        }
        self.check = { db, authorities in
            let problem = try check(db, authorities)
            return { parsed in
                guard let record = parsed.record as? Record else { return nil }
                return problem(record)
            }
        }
    }

    /// Each failing row's issue with what is held.
    func problems(_ rows: [(line: Int, parsed: Parsed)], fileName: String, in db: SQLConnection) throws -> [ImportIssue] {
        guard let check else { return [] }
        let problem = try check(db, Array(Set(rows.map(\.parsed.authority))).sorted())
        return rows.compactMap { line, parsed in
            problem(parsed).map { ImportIssue(file: fileName, line: line, column: checkColumn, reason: $0) }
        }
    }

    static func of(_ dataset: SufficiencyDataset) -> SufficiencyRows {
        switch dataset {
        case .planningAreas: planningAreas
        case .schools: schools
        case .numberOnRoll: numberOnRoll
        case .births: births
        case .housing: housing
        case .pupilYields: pupilYields
        case .placeChanges: placeChanges
        }
    }

    static let planningAreas = SufficiencyRows(
        table: "suf_planning_areas", columns: ["authority", "code", "name", "phase", "secondary_area"],
        keyColumn: "planning_area", parse: SufficiencyImporter.planningArea,
        values: { [.text($0.authority), .text($0.code), .text($0.name), .text($0.phase.rawValue), .text($0.secondaryArea)] },
        key: { "\($0.authority) area \($0.code)" })

    static let schools = SufficiencyRows(
        table: "suf_schools",
        columns: [
            "authority", "urn", "phase", "name", "planning_area", "net_capacity", "opening_year", "closing_year",
            "sixth_form", "provision", "primary_places", "secondary_places",
        ],
        keyColumn: "urn", parse: SufficiencyImporter.school,
        values: { school in
            [
                .text(school.authority), .text(school.urn), .text(school.phase.rawValue), .text(school.name),
                .text(school.planningArea), .int(school.netCapacity), .int(school.openingYear?.startYear),
                .int(school.closingYear?.startYear), .bool(school.sixthForm), .text(school.provision.rawValue),
                .int(school.primaryPlaces), .int(school.secondaryPlaces),
            ]
        },
        key: { "\($0.authority) URN \($0.urn) (\($0.phase.rawValue))" },
        checkColumn: "planning_area",
        check: { db, authorities in
            let areas = try SufficiencyStore.heldAreas(authorities, db)
            return { school in
                guard let phase = areas[school.authority]?[school.planningArea] else {
                    return "planning area \(school.planningArea) is not held for \(school.authority); import planning_areas first"
                }
                return phase == school.phase
                    ? nil : "planning area \(school.planningArea) is a \(phase.rawValue) area, not \(school.phase.rawValue)"
            }
        })

    static let numberOnRoll = SufficiencyRows(
        table: "suf_nor", columns: ["authority", "urn", "academic_year", "year_group", "pupils"], keyColumn: "year_group",
        parse: SufficiencyImporter.numberOnRoll,
        values: { [.text($0.authority), .text($0.urn), .int($0.year.startYear), .int($0.yearGroup.number), .int($0.pupils)] },
        key: { "\($0.authority) URN \($0.urn) \($0.year) \($0.yearGroup)" },
        checkColumn: "urn",
        check: { db, authorities in
            let schools = try SufficiencyStore.heldSchools(authorities, db)
            return { record in
                let phase: SchoolPhase = record.yearGroup.number <= 6 ? .primary : .secondary
                guard let school = schools["\(record.authority) \(record.urn) \(phase.rawValue)"] else {
                    let held = SchoolPhase.phases.contains { schools["\(record.authority) \(record.urn) \($0.rawValue)"] != nil }
                    return held
                        ? "URN \(record.urn) is not a \(phase.rawValue) school, so has no \(record.yearGroup) on roll"
                        : "URN \(record.urn) is not held for \(record.authority); import schools first"
                }
                if record.yearGroup.number >= 12 && !school.sixthForm {
                    return "URN \(record.urn) has no sixth form (schools.sixth_form), so has no \(record.yearGroup) on roll"
                }
                return nil
            }
        })

    static let births = SufficiencyRows(
        table: "suf_births", columns: ["authority", "planning_area", "year", "births", "source"], keyColumn: "year",
        parse: SufficiencyImporter.births,
        values: { [.text($0.authority), .text($0.planningArea), .int($0.year), .int($0.births), .text($0.source)] },
        key: { "\($0.authority) \($0.planningArea) \($0.year)" },
        checkColumn: "planning_area",
        check: areaCheck(allowed: [.primary], what: "births") { ($0.planningArea, $0.authority) })

    static let housing = SufficiencyRows(
        table: "suf_housing", columns: ["authority", "planning_area", "academic_year", "site", "dwellings"],
        keyColumn: "site", parse: SufficiencyImporter.housing,
        values: { [.text($0.authority), .text($0.planningArea), .int($0.year.startYear), .text($0.site), .int($0.dwellings)] },
        key: { "\($0.authority) \($0.planningArea) \($0.year) site '\($0.site)'" },
        checkColumn: "planning_area",
        check: areaCheck(allowed: [.primary, .secondary], what: "housing") { ($0.planningArea, $0.authority) })

    static let pupilYields = SufficiencyRows(
        table: "suf_yields", columns: ["authority", "phase", "yield_per_dwelling", "source"], keyColumn: "phase",
        parse: SufficiencyImporter.pupilYield,
        values: { [.text($0.authority), .text($0.phase.rawValue), .real($0.yieldPerDwelling), .text($0.source)] },
        key: { "\($0.authority) \($0.phase.rawValue)" })

    static let placeChanges = SufficiencyRows(
        table: "suf_place_changes", columns: ["authority", "planning_area", "academic_year", "reference", "places", "note"],
        keyColumn: "reference", parse: SufficiencyImporter.placeChange,
        values: { change in
            [
                .text(change.authority), .text(change.planningArea), .int(change.year.startYear), .text(change.reference),
                .int(change.places), .text(change.note),
            ]
        },
        key: { "\($0.authority) \($0.planningArea) \($0.year) '\($0.reference)'" },
        checkColumn: "planning_area",
        check: areaCheck(allowed: SchoolPhase.phases, what: "place changes") { ($0.planningArea, $0.authority) })

    /// A record's planning area must be held, and of an allowed phase.
    private static func areaCheck<Record: Sendable>(
        allowed: [SchoolPhase], what: String, area: @escaping @Sendable (Record) -> (code: String, authority: String)
    ) -> @Sendable (SQLConnection, [String]) throws -> @Sendable (Record) -> String? {
        { db, authorities in
            let areas = try SufficiencyStore.heldAreas(authorities, db)
            return { record in
                let (code, authority) = area(record)
                return SufficiencyStore.areaProblem(code, authority, areas, allowed: allowed, what: what)
            }
        }
    }
}
