public import CYPHubCore

/// Parses and validates the files of one programme version together. Every problem in every file is
/// collected (file, line, column, reason) and thrown as one ``ImportError``, so a version with any error
/// stores nothing. Templates: `docs/modules/capital.md`.
public enum CapitalImporter {
    /// The largest number of places one project may add.
    static let maximumPlaces = 100_000

    /// Parses `files` (one per dataset; `projects` and `spend` present) into a programme for `authority`
    /// and `info`.
    ///
    /// Checks, beyond each cell's type: a duplicated project id; a duplicated (project, year) of spend;
    /// spend or funding for a project not in the projects file, or in a year outside the programme;
    /// negative amounts except reserve funding; places given without planning area, phase and opening year
    /// (or those given without places); a category given two titles or groups; and a project whose gross
    /// cost is not its spend before the programme plus its phased spend, to the pound.
    public static func programme(
        authority: String,
        info: CapitalVersionInfo,
        files: [CapitalCSVFile]
    ) throws(ImportError) -> CapitalProgramme {
        var issues: [ImportIssue] = []
        var tables: [CapitalDataset: CSVTable] = [:]
        for file in files {
            do {
                tables[file.dataset] = try parseTable(file)
            } catch {
                issues += error.issues
            }
        }
        let years = info.firstYear...info.lastYear
        let yearsText = "\(info.firstYear) to \(info.lastYear)"

        var projects: [CapitalProject] = []
        var projectLines: [String: Int] = [:]
        /// Ids of refused project rows: spend and funding naming them are not reported as unknown.
        var refusedProjects = Set<String>()
        if let table = tables[.projects] {
            var categories: [String: (category: CapitalCategory, line: Int)] = [:]
            for record in table.records {
                do throws(ImportIssue) {
                    var project = try projectRow(record)
                    if let earlier = projectLines[project.projectID] {
                        throw record.issue("project_id", "'\(project.projectID)' repeats line \(earlier)")
                    }
                    project.category = try category(record, slug: project.category.slug, known: &categories)
                    projectLines[project.projectID] = record.line
                    projects.append(project)
                } catch {
                    refusedProjects.insert(record.text("project_id"))
                    issues.append(error)
                }
            }
        }
        let projectsFile = tables[.projects]?.fileName ?? "the projects file"
        /// Whether `projectID` is certainly not a project (the projects file parsed and has no such row).
        let isUnknown = { (projectID: String) in
            tables[.projects] != nil && projectLines[projectID] == nil && !refusedProjects.contains(projectID)
        }

        /// Projects whose spend rows were not all valid: their totals are not checked.
        var unreliableSpend = Set<String>()
        var spend: [String: [FinancialYear: Int]] = [:]
        if let table = tables[.spend] {
            var seen: [String: Int] = [:]
            for record in table.records {
                do throws(ImportIssue) {
                    let projectID = try record.requiredText("project_id")
                    if isUnknown(projectID) {
                        throw record.issue("project_id", "spend for an unknown project '\(projectID)': it is not in \(projectsFile)")
                    }
                    let year = try record.splitYear("year")
                    if !years.contains(year) {
                        throw record.issue("year", "\(year) is a year outside the programme (\(yearsText))")
                    }
                    let amount = try record.thousands("amount")
                    if amount < 0 {
                        throw record.issue("amount", "\(record.text("amount")) is negative; spend cannot be negative")
                    }
                    let key = "\(projectID) \(year)"
                    if let earlier = seen[key] {
                        throw record.issue("year", "spend for '\(projectID)' in \(year) repeats line \(earlier)")
                    }
                    seen[key] = record.line
                    spend[projectID, default: [:]][year] = amount
                } catch {
                    unreliableSpend.insert(record.text("project_id"))
                    issues.append(error)
                }
            }
        }

        var funding: [CapitalFunding] = []
        if let table = tables[.funding] {
            for record in table.records {
                do throws(ImportIssue) {
                    funding.append(
                        try fundingRow(record, years: years, yearsText: yearsText) { projectID throws(ImportIssue) in
                            if isUnknown(projectID) {
                                throw record.issue(
                                    "project_id", "funding for an unknown project '\(projectID)': it is not in \(projectsFile)")
                            }
                        })
                } catch {
                    issues.append(error)
                }
            }
        }

        if tables[.spend] != nil {
            for index in projects.indices {
                let project = projects[index]
                projects[index].spendPounds = spend[project.projectID] ?? [:]
                guard !unreliableSpend.contains(project.projectID), let line = projectLines[project.projectID] else {
                    continue
                }
                let phased = projects[index].spendTotalPounds
                let difference = project.grossCostPounds - project.spentBeforePounds - phased
                if difference != 0 {
                    issues.append(
                        ImportIssue(
                            file: projectsFile, line: line, column: "gross_cost",
                            reason: "project '\(project.projectID)' (\(project.name)): gross cost "
                                + "\(Thousands.text(project.grossCostPounds)) is not spent before "
                                + "\(Thousands.text(project.spentBeforePounds)) + phased spend \(Thousands.text(phased)) = "
                                + "\(Thousands.text(project.spentBeforePounds + phased)) (£000); the difference is "
                                + "\(Thousands.text(difference))"
                        ))
                }
            }
        }

        if !issues.isEmpty { throw ImportError(issues: ordered(issues, files: files)) }
        return CapitalProgramme(authority: authority, info: info, projects: projects, funding: funding)
    }

    // MARK: Rows

    /// Parses the file's header against the dataset's columns and refuses a file with no data rows.
    private static func parseTable(_ file: CapitalCSVFile) throws(ImportError) -> CSVTable {
        let table = try CSVTable.parse(
            file.csv, fileName: file.fileName, requiredColumns: file.dataset.requiredColumns,
            optionalColumns: file.dataset.optionalColumns
        )
        if table.records.isEmpty {
            throw ImportError(ImportIssue(file: file.fileName, line: 0, column: "", reason: "the file has a header but no rows"))
        }
        return table
    }

    /// One project: everything but its spend, with the category as the row gives it.
    private static func projectRow(_ record: CSVRecord) throws(ImportIssue) -> CapitalProject {
        let projectID = try record.requiredText("project_id")
        let slug = try record.slug("category")
        let grossCost = try record.nonNegativeThousands("gross_cost")
        let spentBefore = try record.text("spent_before").isEmpty ? 0 : record.nonNegativeThousands("spent_before")
        return CapitalProject(
            projectID: projectID,
            name: try record.requiredText("name"),
            category: CapitalCategory(slug: slug, title: "", group: ""),
            grossCostPounds: grossCost,
            spentBeforePounds: spentBefore,
            estimatedCompletion: try record.optionalYearMonth("estimated_completion"),
            places: try places(record),
            note: record.text("note"),
            spendPounds: [:]
        )
    }

    /// The places columns: all four given, or `places` empty and the other three empty too.
    private static func places(_ record: CSVRecord) throws(ImportIssue) -> PlacesDelivery? {
        let dependent = ["planning_area", "phase", "opening_year"]
        guard !record.text("places").isEmpty else {
            if let given = dependent.first(where: { !record.text($0).isEmpty }) {
                throw record.issue(given, "\(given) is given but places is empty; give the places too, or leave \(given) empty")
            }
            return nil
        }
        let places = try record.int("places", range: 1...maximumPlaces)
        for column in dependent where record.text(column).isEmpty {
            throw record.issue(column, "a value is required when places is given")
        }
        let phases = SchoolPhase.phases.map(\.rawValue)
        guard let phase = SchoolPhase(rawValue: try record.choice("phase", phases)) else {
            throw record.issue("phase", "not one of \(phases.joined(separator: ", "))")
        }
        return PlacesDelivery(
            places: places, planningArea: try record.requiredText("planning_area"), phase: phase,
            openingYear: try record.splitYear("opening_year")
        )
    }

    /// The row's category: a known one's defaults or the row's title and group, the same on every row of
    /// the category.
    private static func category(
        _ record: CSVRecord,
        slug: String,
        known: inout [String: (category: CapitalCategory, line: Int)]
    ) throws(ImportIssue) -> CapitalCategory {
        let title = record.text("category_title")
        let group = record.text("group")
        if let established = known[slug] {
            if !title.isEmpty && title != established.category.title {
                throw record.issue(
                    "category_title",
                    "'\(title)' differs from the title '\(established.category.title)' category \(slug) has on line \(established.line)"
                )
            }
            if !group.isEmpty && group != established.category.group {
                throw record.issue(
                    "group",
                    "'\(group)' differs from the group '\(established.category.group)' category \(slug) has on line \(established.line)")
            }
            return established.category
        }
        let defaults = CapitalCategory.known(slug)
        let category = CapitalCategory(
            slug: slug,
            title: title.isEmpty ? defaults?.title ?? CapitalCategory.defaultTitle(slug) : title,
            group: group.isEmpty ? defaults?.group ?? CapitalCategory.otherCapital : group
        )
        known[slug] = (category, record.line)
        return category
    }

    /// One funding row; `checkProject` refuses a project the projects file lacks.
    private static func fundingRow(
        _ record: CSVRecord,
        years: ClosedRange<FinancialYear>,
        yearsText: String,
        checkProject: (String) throws(ImportIssue) -> Void
    ) throws(ImportIssue) -> CapitalFunding {
        let source = try record.requiredText("source")
        let kinds = FundingKind.kinds.map(\.rawValue)
        guard let kind = FundingKind(rawValue: try record.choice("kind", kinds)) else {
            throw record.issue("kind", "not one of \(FundingKind.names)")
        }
        let year = try record.splitYear("year")
        if !years.contains(year) {
            throw record.issue("year", "\(year) is a year outside the programme (\(yearsText))")
        }
        let amount = try record.thousands("amount")
        if amount < 0 && kind != .reserve {
            throw record.issue(
                "amount", "\(record.text("amount")) is negative; only reserve funding may be negative (kind is \(kind.rawValue))")
        }
        let projectID = record.text("project_id")
        if !projectID.isEmpty { try checkProject(projectID) }
        return CapitalFunding(source: source, kind: kind, year: year, amountPounds: amount, projectID: projectID.isEmpty ? nil : projectID)
    }

    /// Issues in the order of the request's files, then by line (a file's header issues first).
    private static func ordered(_ issues: [ImportIssue], files: [CapitalCSVFile]) -> [ImportIssue] {
        let position = Dictionary(files.enumerated().map { ($1.fileName, $0) }, uniquingKeysWith: { first, _ in first })
        return issues.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            let (fileA, fileB) = (position[a.file] ?? Int.max, position[b.file] ?? Int.max)
            if fileA != fileB { return fileA < fileB }
            if a.line != b.line { return a.line < b.line }
            return left.offset < right.offset
        }.map(\.element)
    }
}
