import CYPHubCore

/// The capital module's snapshots: each programme version held, one row per project with its spend in every
/// programme year (aggregate: money and places, no counts of people). The module holds no record-level data.
struct CapitalSnapshots: SnapshotSource {
    let handlers: CapitalHandlers

    func availableSnapshots(authority: String) async throws -> [SnapshotName] {
        let versions = try await handlers.versions(ListVersionsRequest(authority: authority))
        // Newest first on the wire; oldest first here.
        return versions.versions.reversed().map { summary in
            SnapshotName(module: "capital", authority: authority, period: summary.version, kind: .aggregate)
        }
    }

    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent {
        guard name.kind == .aggregate else {
            throw RPCError.notFound("the capital module holds no record-level data: snapshot \(name) does not exist")
        }
        let version = try LocalDate.validated(name.period, field: "period").description
        let programme = try await handlers.programme(GetProgrammeRequest(authority: name.authority, version: version))
            .suppressingSmallNumbers()
        guard programme.version?.version == version else {
            throw RPCError.notFound("no capital programme version \(version) for \(name.authority)")
        }
        let columns =
            ["name", "category", "category_title", "category_group", "estimated_completion", "gross_cost", "spent_before"]
            + programme.years.map { "spend_\($0)" }
            + ["total", "places", "planning_area", "phase", "opening_year", "cost_per_place_pounds", "project_funding", "note"]
        let rows = programme.projects.map { project in
            let byYear = Dictionary(project.byYear.map { ($0.year, $0.amount) }, uniquingKeysWith: +)
            let places = project.places
            return SnapshotDataRow(
                key: project.projectId,
                values: [
                    .text(project.name), .text(project.category), .text(project.categoryTitle), .text(project.categoryGroup),
                    .text(project.estimatedCompletion), .decimal(project.grossCost), .decimal(project.spentBefore),
                ]
                    + programme.years.map { .decimal(byYear[$0] ?? 0) }
                    + [
                        .decimal(project.total), .integer(Int64(places?.places ?? 0)), .text(places?.planningArea ?? ""),
                        .text(places?.phase.rawValue ?? ""), .text(places?.openingYear ?? ""), .decimal(places?.costPerPlacePounds ?? 0),
                        .decimal(project.projectFunding), .text(project.note),
                    ])
        }
        return SnapshotContent(columns: columns, rows: rows)
    }
}
