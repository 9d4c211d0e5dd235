/// The demo data loaded by `cyphub serve --demo`, as CSV text run through the module's own importer.
///
/// - The establishment is Leicester's (E06000016) directly employed establishment as seed 000 gives it
///   (scrutiny report "Workload and Resources", 29 October 2024, paragraph 4.3): headcount only, no FTE,
///   and without the source's "Total" rows, which the module computes (641 and 623).
/// - The pay rates are the averages seed 004 quotes (scrutiny commission minutes, 14 January 2025, item 113,
///   from an FOI answer of November 2024): agency £5,440 and employed £3,495 a month.
/// - The staff return is SYNTHETIC: Leicester has published no team return in the seeds. It is made up to be
///   consistent with seed 004 ("just under 20%" of staff in CIN, CASP and LAC are agency workers): 23 agency
///   FTE against 97 employed FTE, an agency rate of 23 / 120 = 19.2%.
public enum WorkforceDemoData {
    /// One demo file.
    public struct File: Sendable {
        /// The dataset it is imported into.
        public var dataset: WorkforceDataset
        /// The file name errors would name.
        public var fileName: String
        /// The CSV text.
        public var csv: String
    }

    /// Every demo file, in import order.
    public static let files: [File] = [
        File(dataset: .establishment, fileName: "demo-establishment-leicester.csv", csv: establishment),
        File(dataset: .staffReturn, fileName: "demo-staff-return-leicester-SYNTHETIC.csv", csv: staffReturn),
        File(dataset: .payRates, fileName: "demo-pay-rates-leicester.csv", csv: payRates),
    ]

    /// Seed 000, paragraph 4.3: Leicester's establishment by division and service (headcount).
    public static let establishment = """
        authority_code,as_at,division,service,headcount,fte,source
        E06000016,2024-10-29,Childrens Social Work & Early Help,Divisional Director,1,,\(establishmentSource)
        E06000016,2024-10-29,Childrens Social Work & Early Help,Child Safeguarding & QA,37,,\(establishmentSource)
        E06000016,2024-10-29,Childrens Social Work & Early Help,Childrens Social Care Learning & Development,6,,\(establishmentSource)
        E06000016,2024-10-29,Childrens Social Work & Early Help,Childrens Social Work Teams,149,,\(establishmentSource)
        E06000016,2024-10-29,Childrens Social Work & Early Help,Corporate Parenting,250,,\(establishmentSource)
        E06000016,2024-10-29,Childrens Social Work & Early Help,Early Help,86,,\(establishmentSource)
        E06000016,2024-10-29,Childrens Social Work & Early Help,Early Help - Targeted Services,112,,\(establishmentSource)
        E06000016,2024-10-29,SEND and Education,Divisional Director,1,,\(establishmentSource)
        E06000016,2024-10-29,SEND and Education,Childrens (Commissioning),8,,\(establishmentSource)
        E06000016,2024-10-29,SEND and Education,Education,148,,\(establishmentSource)
        E06000016,2024-10-29,SEND and Education,Passenger & Transport Services,163,,\(establishmentSource)
        E06000016,2024-10-29,SEND and Education,Programme Support,111,,\(establishmentSource)
        E06000016,2024-10-29,SEND and Education,SEND Integrated Service,75,,\(establishmentSource)
        E06000016,2024-10-29,SEND and Education,SEND Support Service,117,,\(establishmentSource)

        """

    /// SYNTHETIC staff return at 30 September 2024 for CIN, CASP and LAC, consistent with seed 004.
    public static let staffReturn = """
        authority_code,as_at,team,employed_fte,employed_headcount,agency_fte,agency_headcount,vacancy_fte,leaver_fte,case_holder_fte,cases,source
        E06000016,2024-09-30,CIN,40.0,42,10.0,10,8.0,7.0,44.0,792,\(staffReturnSource)
        E06000016,2024-09-30,CASP,27.0,29,6.0,6,6.0,4.0,28.0,448,\(staffReturnSource)
        E06000016,2024-09-30,LAC,30.0,32,7.0,7,6.0,5.0,33.0,528,\(staffReturnSource)

        """

    /// Seed 004: average monthly pay of agency and employed social workers.
    public static let payRates = """
        authority_code,as_at,employment_type,monthly_cost,source
        E06000016,2025-01-14,employed,3495,\(payRatesSource)
        E06000016,2025-01-14,agency,5440,\(payRatesSource)

        """

    static let establishmentSource =
        "\"Leicester City Council, Workload and Resources, CYPE Scrutiny Commission 29 Oct 2024, para 4.3 (headcount)\""
    static let staffReturnSource =
        "\"SYNTHETIC demo return, not published by Leicester: agency share just under 20% as in CYPE Scrutiny minutes 14 Jan 2025\""
    static let payRatesSource =
        "\"CYPE Scrutiny Commission minutes 14 Jan 2025, item 113: FOI answer Nov 2024, average monthly pay, excludes agency fees\""
}
