import CYPHubCore

/// The sufficiency module's snapshots: for each census year held (the base year of a forecast, period `2023-24`),
/// places against the forecast (aggregate): one row per planning area, phase and academic year from
/// `GetSufficiency` (places and pupil numbers, published unsuppressed), keyed `AREA/phase/YEAR` (`P01/primary/2024-25`);
/// and, when the SEND module's EHCP caseload is there to forecast from, one row per year of the authority's specialist
/// places (`GetSpecialistPlaces`: children with an EHCP, small numbers withheld), keyed `all/specialist/YEAR`. The
/// module's records (schools' numbers on roll) are not published as snapshots.
struct SufficiencySnapshots: SnapshotSource {
    let handlers: SufficiencyHandlers

    static let columns = [
        "planning_area", "name", "phase", "academic_year", "actual", "pupils", "capacity", "places_changed", "spare_places",
        "places_needed", "surplus_percent", "status", "suppressed",
    ]

    func availableSnapshots(authority: String) async throws -> [SnapshotName] {
        try await censusYears(authority: authority).map {
            SnapshotName(module: "sufficiency", authority: authority, period: Self.period($0), kind: .aggregate)
        }
    }

    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent {
        guard name.kind == .aggregate else {
            throw RPCError.notFound(
                "the sufficiency module publishes no record snapshots (its records are schools' numbers on roll): "
                    + "snapshot \(name) does not exist")
        }
        guard let year = AcademicYear(parsing: name.period), Self.period(year) == name.period else {
            throw RPCError.invalidArgument("period: '\(EchoedText.quoted(name.period))' is not a census year like 2023-24")
        }
        guard try await censusYears(authority: name.authority).contains(year) else {
            throw RPCError.notFound("no numbers on roll for the \(year) census for \(name.authority): no forecast from it")
        }
        let report = try await handlers.sufficiency(
            SufficiencyRequest(authority: name.authority, phase: .unspecified, baseYear: year.description)
        ).suppressingSmallNumbers()
        var rows = report.areas.flatMap { area in area.years.map { Self.row(area, $0) } }
        do {
            let specialist = try await handlers.specialist(
                SpecialistPlacesRequest(authority: name.authority, baseYear: year.description)
            ).suppressingSmallNumbers()
            rows += Self.specialistRows(specialist)
        } catch let error as RPCError where error.code == .notFound || error.code == .failedPrecondition {
            // No SEND module or no EHCP caseload: no specialist forecast, as GetSpecialistPlaces answers.
        }
        return SnapshotContent(columns: Self.columns, rows: rows)
    }

    /// The census years held, oldest first.
    private func censusYears(authority: String) async throws -> [AcademicYear] {
        let code = try AuthorityCode.validated(authority)
        let years = try await handlers.storage.read { db in try SufficiencyStore.planningData(db, authority: code).censusYears }
        return years.sorted().map(AcademicYear.init(startYear:))
    }

    /// `2023-24`: the year as a period (no `/`, which separates a snapshot name's parts).
    static func period(_ year: AcademicYear) -> String { dashed(year.description) }

    /// A planning area's year, keyed `AREA/phase/YEAR`.
    static func row(_ area: AreaSufficiency, _ year: SufficiencyYear) -> SnapshotDataRow {
        SnapshotDataRow(
            key: "\(area.planningArea)/\(area.phase.rawValue)/\(dashed(year.academicYear))",
            values: [
                .text(area.planningArea), .text(area.name), .text(area.phase.rawValue), .text(year.academicYear),
                .integer(year.actual ? 1 : 0), .integer(Int64(year.pupils)), .integer(Int64(year.capacity)),
                .integer(Int64(year.placesChanged)), .integer(Int64(year.sparePlaces)), .integer(Int64(year.placesNeeded)),
                .decimal(year.surplusPercent), .text(year.status.rawValue), .text(""),
            ])
    }

    /// The authority's specialist places year by year, keyed `all/specialist/YEAR`: `pupils` is the forecast
    /// children with an EHCP in specialist provision; withheld figures named by this snapshot's columns.
    static func specialistRows(_ report: SpecialistPlacesReport) -> [SnapshotDataRow] {
        let withheldPaths = Set(report.suppressed)
        return report.years.enumerated().map { index, year in
            let withheld = [("demand", "pupils"), ("places_needed", "places_needed"), ("spare_places", "spare_places")]
                .filter { withheldPaths.contains("years[\(index)].\($0.0)") }.map(\.1)
            return SnapshotDataRow(
                key: "all/specialist/\(dashed(year.academicYear))",
                values: [
                    .text("all"), .text("All planning areas"), .text("specialist"), .text(year.academicYear),
                    .integer(0), .integer(Int64(year.demand)), .integer(Int64(year.capacity)), .integer(0),
                    .integer(Int64(year.sparePlaces)), .integer(Int64(year.placesNeeded)), .decimal(0), .text(""),
                    .text(withheld.joined(separator: ",")),
                ])
        }
    }

    /// `2024-25` for `2024/25`, so a key's parts are the area, the phase and the year.
    private static func dashed(_ academicYear: String) -> String { String(academicYear.map { $0 == "/" ? "-" : $0 }) }
}
