/// The demo data loaded by `cyphub serve --demo`, as CSV text run through the module's own importer.
///
/// Leicestershire (E10000018), seed 001 (Children and Family Services MTFS report to the overview and
/// scrutiny committee, 23 January 2024, paragraphs 103-111 and Appendix C "Capital Programme 2024-28"), £000:
///
/// - Seed figures, reproduced exactly: every Appendix C line by year (Additional School Places 24,401 /
///   33,487 / 4,967 / 700; SEND Programme 12,650 / 1,250 / 0 / 0; Strategic Capital Maintenance 2,000 a
///   year; Schools Devolved Formula Capital 500 a year; Schools Access / Security 300 a year; Children's
///   Residential Homes 1,146 in 2024/25; total 89,801) and the funding table of paragraph 108 as printed.
/// - SYNTHETIC splits: the seed gives "Provision of Additional School Places" and "SEND Programme" as
///   single lines. Each is split into made-up projects (their `note` says so) whose spend by year adds up
///   exactly to the seed's line, each adding places in a planning area (`P01`…`P06`, `S01`…`S04`, `SP1`,
///   which the sufficiency demo defines for E10000018) with a phase and an opening year.
/// - A SYNTHETIC earlier draft (`2023-10-10`) in which project ASP06 opens a year earlier with its spend a
///   year earlier, so re-phasing the demo shows a slip. The seed version stays the newest.
public enum CapitalDemoData {
    /// Leicestershire.
    public static let authority = "E10000018"
    /// The seed version's date: the committee meeting.
    public static let seedVersion = "2024-01-23"
    /// The synthetic draft's date.
    public static let draftVersion = "2023-10-10"

    /// Every demo import, oldest version first.
    public static let requests: [CapitalImportRequest] = [draft, seed]

    /// Seed 001's programme, with the synthetic splits of its two single-line programmes.
    public static let seed = CapitalImportRequest(
        authority: authority, version: seedVersion, label: "MTFS 2024/25-2027/28 (seed 001, Appendix C)",
        firstYear: "2024/25", lastYear: "2027/28",
        files: [
            CapitalImportFile(dataset: "projects", fileName: "demo-capital-projects-leicestershire.csv", csv: projects),
            CapitalImportFile(dataset: "spend", fileName: "demo-capital-spend-leicestershire.csv", csv: spend),
            CapitalImportFile(dataset: "funding", fileName: "demo-capital-funding-leicestershire.csv", csv: funding),
        ]
    )

    /// The SYNTHETIC draft: as the seed, but ASP06 a year earlier (and its S106 funding with it).
    public static let draft = CapitalImportRequest(
        authority: authority, version: draftVersion, label: "Draft MTFS 2024/25-2027/28 (synthetic)",
        firstYear: "2024/25", lastYear: "2027/28",
        files: [
            CapitalImportFile(
                dataset: "projects", fileName: "demo-capital-projects-leicestershire-draft-SYNTHETIC.csv",
                csv: draftProjects),
            CapitalImportFile(
                dataset: "spend", fileName: "demo-capital-spend-leicestershire-draft-SYNTHETIC.csv", csv: draftSpend),
            CapitalImportFile(
                dataset: "funding", fileName: "demo-capital-funding-leicestershire-draft-SYNTHETIC.csv",
                csv: draftFunding),
        ]
    )

    /// The projects. ASP01-ASP06 and SEN01-SEN02 are SYNTHETIC splits; the other four are Appendix C's lines.
    public static let projects = """
        project_id,name,category,gross_cost,spent_before,estimated_completion,places,planning_area,phase,opening_year,note
        ASP01,New 420-place primary school (2FE),additional_school_places,"11,200",0,Mar-26,420,P01,primary,2025/26,\(asp)
        ASP02,New 630-place primary school (3FE),additional_school_places,"15,600",0,Mar-27,630,P02,primary,2026/27,\(asp)
        ASP03,Primary school expansion (1FE),additional_school_places,"4,350",0,Mar-26,210,P04,primary,2025/26,\(asp)
        ASP04,Secondary school expansion (600 places),additional_school_places,"18,000",0,Mar-27,600,S01,secondary,2026/27,\(asp)
        ASP05,Secondary school expansion (300 places),additional_school_places,"9,101",0,Mar-26,300,S04,secondary,2025/26,\(asp)
        ASP06,Secondary school expansion (180 places),additional_school_places,"5,304",0,Mar-28,180,S02,secondary,2027/28,\(asp)
        SEN01,New 150-place special school,send_programme,"10,150",0,Mar-26,150,SP1,specialist,2025/26,\(send)
        SEN02,Resourced provision in mainstream schools (60 places),send_programme,"3,750",0,Mar-26,60,SP1,specialist,2025/26,\(send)
        SCM,Strategic Capital Maintenance,strategic_capital_maintenance,"8,000",0,Mar-28,,,,,\(maintenance)
        DFC,Schools Devolved Formula Capital,devolved_formula_capital,"2,000",0,Mar-28,,,,,\(appendixC)
        ACC,Schools Access / Security,access_and_security,"1,200",0,Mar-28,,,,,\(appendixC)
        RES,Children's Residential Homes,residential_homes,"1,146",0,Mar-25,,,,,\(residential)

        """

    /// Spend by project and year (£000); a year with no spend has no row.
    public static let spend = """
        project_id,year,amount
        ASP01,2024/25,"7,800"
        ASP01,2025/26,"3,400"
        ASP02,2024/25,"3,000"
        ASP02,2025/26,"10,500"
        ASP02,2026/27,"2,100"
        ASP03,2024/25,"3,200"
        ASP03,2025/26,"1,150"
        ASP04,2024/25,"6,000"
        ASP04,2025/26,"10,500"
        ASP04,2026/27,"1,500"
        ASP05,2024/25,"4,401"
        ASP05,2025/26,"4,700"
        ASP06,2025/26,"3,237"
        ASP06,2026/27,"1,367"
        ASP06,2027/28,700
        SEN01,2024/25,"9,150"
        SEN01,2025/26,"1,000"
        SEN02,2024/25,"3,500"
        SEN02,2025/26,250
        SCM,2024/25,"2,000"
        SCM,2025/26,"2,000"
        SCM,2026/27,"2,000"
        SCM,2027/28,"2,000"
        DFC,2024/25,500
        DFC,2025/26,500
        DFC,2026/27,500
        DFC,2027/28,500
        ACC,2024/25,300
        ACC,2025/26,300
        ACC,2026/27,300
        ACC,2027/28,300
        RES,2024/25,"1,146"

        """

    /// Paragraph 108's "Capital Resources" table, as printed (£000).
    public static let funding = """
        source,kind,year,amount
        Grants,grant,2024/25,"5,636"
        Grants,grant,2025/26,"19,577"
        Grants,grant,2026/27,"3,500"
        Grants,grant,2027/28,"3,500"
        External Contributions / S106,external_contribution,2024/25,"9,120"
        External Contributions / S106,external_contribution,2025/26,"14,288"
        External Contributions / S106,external_contribution,2026/27,"4,297"
        External Contributions / S106,external_contribution,2027/28,"1,693"
        Earmarked capital receipts,capital_receipt,2024/25,"1,750"
        Earmarked capital receipts,capital_receipt,2025/26,"1,672"
        Earmarked capital receipts,capital_receipt,2026/27,0
        Earmarked capital receipts,capital_receipt,2027/28,0
        Discretionary Capital Funding,council,2024/25,266
        Discretionary Capital Funding,council,2025/26,0
        Discretionary Capital Funding,council,2026/27,0
        Discretionary Capital Funding,council,2027/28,0
        Prior Years' grant funding held in reserve,reserve,2024/25,"24,225"
        Prior Years' grant funding held in reserve,reserve,2025/26,"2,000"
        Prior Years' grant funding held in reserve,reserve,2026/27,-30
        Prior Years' grant funding held in reserve,reserve,2027/28,"-1,693"

        """

    static let asp =
        "\"SYNTHETIC split of seed 001's 'Provision of Additional School Places' line (63,555); planning area, places and timing made up\""
    static let send =
        "\"SYNTHETIC split of seed 001's 'SEND Programme' line (13,900); planning area, places and timing made up\""
    static let appendixC = "\"Seed 001, Appendix C\""
    static let maintenance =
        "\"Seed 001, Appendix C; its gross cost column is blank for this line, taken as the 4 years' spend\""
    static let residential =
        "\"Seed 001, Appendix C (gross cost 1,146); para 64's 5.96m covers the whole residential programme, including earlier years\""
}
