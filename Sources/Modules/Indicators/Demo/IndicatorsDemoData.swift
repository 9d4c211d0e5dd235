import CYPHubCore

/// The demo: seed 002's performance table for Leicestershire (E10000018), Q4 2023/24 with its Q3 / autumn
/// 2023 / 2021-22 previous values and local targets, plus SYNTHETIC comparator figures so that ranks,
/// quartile bands and the neighbour average are computed rather than typed.
///
/// What is real and what is not:
/// - Leicestershire's values, numerators, denominators and targets: seed 002 (appendix and paragraphs
///   16-41). The England averages for the three school indicators: seed 002 paragraphs 34-36.
/// - The neighbour set: the nine comparator authorities seed 001 names beside Leicestershire (its children
///   in care per 10,000 table), with their real ONS codes, plus one SYNTHETIC tenth (E99990001), because
///   the seed names nine and DfE sets have ten. Version `seed-001-comparators`, effective 2024-01-23 (the
///   date of seed 001's committee).
/// - Every figure for an authority other than Leicestershire is SYNTHETIC (source `SYNTHETIC demo
///   comparator`), and so are the 30 authorities coded E9999xxxx. They were constructed for FY2023-24-Q4
///   so that, among the 40 reporting authorities, the type-7 quartile band of Leicestershire is seed 002's
///   national benchmark column (3, 4, 4, 2, 2, 1, 2, 3, 3, 3, 2) and the mean of the ten neighbours is its
///   statistical-neighbour column (88.2, 23.3, 19.8, 82.5, 1.5, 89.9, 56.6, 91.0, 85.0, 89.8, 3.5): the
///   neighbours sit in pairs symmetric about the seed's average, the others are spread evenly between
///   Leicestershire's value and a plausible bound so that the right number rank above it.
enum IndicatorsDemoData {
    /// Imports every demo file through ``IndicatorsImporter``; returns the rows stored.
    static func load(into storage: Storage) async throws -> Int {
        let importer = IndicatorsImporter(storage: storage)
        var stored = 0
        stored += try await importer.importCSV(authorities, dataset: .authorities, fileName: "demo-authorities.csv")
        stored += try await importer.importCSV(definitions, dataset: .definitions, fileName: "demo-definitions.csv")
        stored += try await importer.importCSV(
            seedObservations, dataset: .observations, fileName: "demo-seed002-observations.csv")
        stored += try await importer.importCSV(
            syntheticObservations, dataset: .observations, fileName: "demo-synthetic-observations.csv")
        stored += try await importer.importCSV(neighbours, dataset: .neighbours, fileName: "demo-neighbours.csv")
        stored += try await importer.importCSV(comparators, dataset: .comparators, fileName: "demo-comparators.csv")
        return stored
    }

    /// Leicestershire, its nine named comparators, and 31 SYNTHETIC authorities.
    static let authorities = """
        authority_code,name,region_code,region_name,synthetic
        E10000018,Leicestershire,E12000004,East Midlands,no
        E10000013,Gloucestershire,E12000009,South West,no
        E10000031,Warwickshire,E12000005,West Midlands,no
        E06000056,Central Bedfordshire,E12000006,East of England,no
        E10000034,Worcestershire,E12000005,West Midlands,no
        E10000014,Hampshire,E12000008,South East,no
        E10000012,Essex,E12000006,East of England,no
        E06000024,North Somerset,E12000009,South West,no
        E10000028,Staffordshire,E12000005,West Midlands,no
        E06000049,Cheshire East,E12000002,North West,no
        E99990001,SYNTHETIC neighbour 10,,,yes
        E99990002,SYNTHETIC authority 02,,,yes
        E99990003,SYNTHETIC authority 03,,,yes
        E99990004,SYNTHETIC authority 04,,,yes
        E99990005,SYNTHETIC authority 05,,,yes
        E99990006,SYNTHETIC authority 06,,,yes
        E99990007,SYNTHETIC authority 07,,,yes
        E99990008,SYNTHETIC authority 08,,,yes
        E99990009,SYNTHETIC authority 09,,,yes
        E99990010,SYNTHETIC authority 10,,,yes
        E99990011,SYNTHETIC authority 11,,,yes
        E99990012,SYNTHETIC authority 12,,,yes
        E99990013,SYNTHETIC authority 13,,,yes
        E99990014,SYNTHETIC authority 14,,,yes
        E99990015,SYNTHETIC authority 15,,,yes
        E99990016,SYNTHETIC authority 16,,,yes
        E99990017,SYNTHETIC authority 17,,,yes
        E99990018,SYNTHETIC authority 18,,,yes
        E99990019,SYNTHETIC authority 19,,,yes
        E99990020,SYNTHETIC authority 20,,,yes
        E99990021,SYNTHETIC authority 21,,,yes
        E99990022,SYNTHETIC authority 22,,,yes
        E99990023,SYNTHETIC authority 23,,,yes
        E99990024,SYNTHETIC authority 24,,,yes
        E99990025,SYNTHETIC authority 25,,,yes
        E99990026,SYNTHETIC authority 26,,,yes
        E99990027,SYNTHETIC authority 27,,,yes
        E99990028,SYNTHETIC authority 28,,,yes
        E99990029,SYNTHETIC authority 29,,,yes
        E99990030,SYNTHETIC authority 30,,,yes
        """

    /// Seed 002's indicators. Targets and polarities from its appendix; amber tolerance 20% of target (the
    /// tolerance that reproduces its RAG column); EHE compares with the same quarter a year earlier.
    static let definitions = """
        indicator_id,name,value_type,polarity,frequency,decimal_places,target_comparator,target_value,amber_tolerance,amber_tolerance_kind,comparison
        ehcp-mainstream,Children in mainstream schools with an EHCP,number,none,term,0,,,,,
        sen-support-mainstream,Children in mainstream schools on SEN Support (no EHCP),number,none,term,0,,,,,
        cp-reviews-in-timescale,Child protection cases reviewed within timescales,percent,high_is_good,quarter,1,>,97.2,20,percent_of_target,
        cpp-second-time,Children becoming subject to a CP plan for a second or subsequent time,percent,low_is_good,quarter,1,<,20.8,20,percent_of_target,
        re-referrals-12-months,Re-referrals to children's social care within 12 months,percent,low_is_good,quarter,1,<,18.7,20,percent_of_target,
        assessments-45-days,Assessments completed within 45 days,percent,high_is_good,quarter,1,>,90.3,20,percent_of_target,
        cpp-two-years-plus,CP plans lasting 2 years or more open at the end of the quarter,percent,low_is_good,quarter,1,<,3.0,20,percent_of_target,
        care-leavers-suitable-accommodation,Care leavers in suitable accommodation,percent,high_is_good,quarter,1,>,92.0,20,percent_of_target,
        care-leavers-eet,"Care leavers in education, employment or training",percent,high_is_good,quarter,1,>,54.0,20,percent_of_target,
        cic-dental-checks,Children in care with a dental check in the last 12 months,percent,high_is_good,quarter,1,,,,,
        cic-health-assessments,Children in care with an annual health assessment in the last 12 months,percent,high_is_good,quarter,1,,,,,
        feee-2-year-olds,Eligible 2 year olds taking up funded early education,percent,high_is_good,term,1,,,,,
        feee-3-year-olds,Eligible 3 year olds taking up funded early education,percent,high_is_good,term,1,,,,,
        feee-high-quality,Eligible 2 and 3 year olds taking up funded early education in high-quality provision,percent,high_is_good,term,1,,,,,
        primary-good-outstanding,Primary schools rated Good or Outstanding,percent,high_is_good,quarter,1,,,,,
        secondary-good-outstanding,Secondary schools rated Good or Outstanding,percent,high_is_good,quarter,1,,,,,
        pupils-good-outstanding-schools,Pupils in Good or Outstanding schools,percent,high_is_good,quarter,1,,,,,
        elective-home-education,Children electively home educated,number,none,quarter,0,,,,,year_earlier
        neet-16-17,Young people aged 16-17 not in education employment or training,percent,low_is_good,quarter,1,<,2.1,20,percent_of_target,
        permanent-exclusions,Permanent exclusions as a % of the school population,percent,low_is_good,academic_year,2,,,,,
        suspensions,Children with at least one suspension as a % of the school population,percent,low_is_good,academic_year,2,,,,,
        """

    /// Leicestershire's figures from seed 002. Numerators and denominators only where the seed gives them
    /// for the same measure: the 1,117 of 1,269 assessments is in-quarter (88.0%), not the 88.6% reported,
    /// so it is not attached; the 26 and 50 repeat plans are in-quarter counts, not the 26.8% year to date.
    /// NEET's previous period is Q3 2023/24 as paragraph 39 says (the table's "Q3 2022/23" is a slip).
    static let seedObservations = """
        authority_code,indicator_id,period,value,numerator,denominator,source
        E10000018,ehcp-mainstream,AY2023-24-AUT,2446,,,Seed 002 appendix
        E10000018,ehcp-mainstream,AY2023-24-SPR,2522,,,Seed 002 appendix
        E10000018,sen-support-mainstream,AY2023-24-AUT,12579,,,Seed 002 appendix
        E10000018,sen-support-mainstream,AY2023-24-SPR,12968,,,Seed 002 appendix
        E10000018,cp-reviews-in-timescale,FY2023-24-Q3,82.6,266,322,Seed 002 paragraph 16
        E10000018,cp-reviews-in-timescale,FY2023-24-Q4,87.4,291,333,Seed 002 paragraph 16
        E10000018,cpp-second-time,FY2023-24-Q3,28.7,,,Seed 002 appendix
        E10000018,cpp-second-time,FY2023-24-Q4,26.8,,,Seed 002 appendix
        E10000018,re-referrals-12-months,FY2023-24-Q3,24.1,,,Seed 002 appendix
        E10000018,re-referrals-12-months,FY2023-24-Q4,24.1,1494,6212,Seed 002 paragraph 19
        E10000018,assessments-45-days,FY2023-24-Q3,88.9,,,Seed 002 appendix
        E10000018,assessments-45-days,FY2023-24-Q4,88.6,,,Seed 002 appendix
        E10000018,cpp-two-years-plus,FY2023-24-Q3,1.1,5,,Seed 002 paragraph 21
        E10000018,cpp-two-years-plus,FY2023-24-Q4,2.3,10,,Seed 002 paragraph 21
        E10000018,care-leavers-suitable-accommodation,FY2023-24-Q3,95.8,,,Seed 002 appendix
        E10000018,care-leavers-suitable-accommodation,FY2023-24-Q4,95.1,408,429,Seed 002 paragraph 22
        E10000018,care-leavers-eet,FY2023-24-Q3,61.6,,,Seed 002 appendix
        E10000018,care-leavers-eet,FY2023-24-Q4,60.6,260,429,Seed 002 paragraph 23
        E10000018,cic-dental-checks,FY2023-24-Q3,65.4,,,Seed 002 appendix
        E10000018,cic-dental-checks,FY2023-24-Q4,76.6,557,,Seed 002 paragraph 24
        E10000018,cic-health-assessments,FY2023-24-Q3,62.1,,,Seed 002 appendix
        E10000018,cic-health-assessments,FY2023-24-Q4,76.3,555,,Seed 002 paragraph 25
        E10000018,feee-2-year-olds,AY2023-24-AUT,79.4,,,Seed 002 appendix
        E10000018,feee-2-year-olds,AY2023-24-SPR,71.2,,,Seed 002 appendix
        E10000018,feee-3-year-olds,AY2023-24-AUT,93.6,,,Seed 002 appendix
        E10000018,feee-3-year-olds,AY2023-24-SPR,89.8,,,Seed 002 appendix
        E10000018,feee-high-quality,AY2023-24-AUT,97.1,,,Seed 002 appendix
        E10000018,feee-high-quality,AY2023-24-SPR,97.3,,,Seed 002 appendix
        E10000018,primary-good-outstanding,FY2023-24-Q3,90.3,,,Seed 002 appendix
        E10000018,primary-good-outstanding,FY2023-24-Q4,90.3,204,226,Seed 002 paragraph 34
        E10000018,secondary-good-outstanding,FY2023-24-Q3,77.8,,,Seed 002 appendix
        E10000018,secondary-good-outstanding,FY2023-24-Q4,77.8,35,45,Seed 002 paragraph 35
        E10000018,pupils-good-outstanding-schools,FY2023-24-Q3,85.7,,,Seed 002 appendix
        E10000018,pupils-good-outstanding-schools,FY2023-24-Q4,85.9,,,Seed 002 appendix
        E10000018,elective-home-education,FY2022-23-Q4,1018,,,Seed 002 paragraph 37
        E10000018,elective-home-education,FY2023-24-Q4,1176,,,Seed 002 paragraph 37
        E10000018,neet-16-17,FY2023-24-Q3,0.7,,,Seed 002 paragraph 39
        E10000018,neet-16-17,FY2023-24-Q4,0.8,118,,Seed 002 paragraph 39
        E10000018,permanent-exclusions,AY2021-22,0.02,24,,Seed 002 paragraph 40
        E10000018,permanent-exclusions,AY2022-23,0.07,67,,Seed 002 paragraph 40
        E10000018,suspensions,AY2021-22,2.47,2482,,Seed 002 paragraph 41
        E10000018,suspensions,AY2022-23,3.13,3161,,Seed 002 paragraph 41
        """

    /// SYNTHETIC: every other authority's FY2023-24-Q4 value of the 11 benchmarked indicators (see the type's
    /// documentation for how they were constructed).
    static let syntheticObservations = """
        authority_code,indicator_id,period,value,numerator,denominator,source
        E10000013,cp-reviews-in-timescale,FY2023-24-Q4,87.6,,,SYNTHETIC demo comparator
        E10000031,cp-reviews-in-timescale,FY2023-24-Q4,88.8,,,SYNTHETIC demo comparator
        E06000056,cp-reviews-in-timescale,FY2023-24-Q4,86.8,,,SYNTHETIC demo comparator
        E10000034,cp-reviews-in-timescale,FY2023-24-Q4,89.6,,,SYNTHETIC demo comparator
        E10000014,cp-reviews-in-timescale,FY2023-24-Q4,85.7,,,SYNTHETIC demo comparator
        E10000012,cp-reviews-in-timescale,FY2023-24-Q4,90.7,,,SYNTHETIC demo comparator
        E06000024,cp-reviews-in-timescale,FY2023-24-Q4,84.4,,,SYNTHETIC demo comparator
        E10000028,cp-reviews-in-timescale,FY2023-24-Q4,92.0,,,SYNTHETIC demo comparator
        E06000049,cp-reviews-in-timescale,FY2023-24-Q4,83.1,,,SYNTHETIC demo comparator
        E99990001,cp-reviews-in-timescale,FY2023-24-Q4,93.3,,,SYNTHETIC demo comparator
        E99990002,cp-reviews-in-timescale,FY2023-24-Q4,88.1,,,SYNTHETIC demo comparator
        E99990003,cp-reviews-in-timescale,FY2023-24-Q4,88.7,,,SYNTHETIC demo comparator
        E99990004,cp-reviews-in-timescale,FY2023-24-Q4,89.4,,,SYNTHETIC demo comparator
        E99990005,cp-reviews-in-timescale,FY2023-24-Q4,90.1,,,SYNTHETIC demo comparator
        E99990006,cp-reviews-in-timescale,FY2023-24-Q4,90.7,,,SYNTHETIC demo comparator
        E99990007,cp-reviews-in-timescale,FY2023-24-Q4,91.4,,,SYNTHETIC demo comparator
        E99990008,cp-reviews-in-timescale,FY2023-24-Q4,92.0,,,SYNTHETIC demo comparator
        E99990009,cp-reviews-in-timescale,FY2023-24-Q4,92.7,,,SYNTHETIC demo comparator
        E99990010,cp-reviews-in-timescale,FY2023-24-Q4,93.4,,,SYNTHETIC demo comparator
        E99990011,cp-reviews-in-timescale,FY2023-24-Q4,94.0,,,SYNTHETIC demo comparator
        E99990012,cp-reviews-in-timescale,FY2023-24-Q4,94.7,,,SYNTHETIC demo comparator
        E99990013,cp-reviews-in-timescale,FY2023-24-Q4,95.4,,,SYNTHETIC demo comparator
        E99990014,cp-reviews-in-timescale,FY2023-24-Q4,96.0,,,SYNTHETIC demo comparator
        E99990015,cp-reviews-in-timescale,FY2023-24-Q4,96.7,,,SYNTHETIC demo comparator
        E99990016,cp-reviews-in-timescale,FY2023-24-Q4,97.3,,,SYNTHETIC demo comparator
        E99990017,cp-reviews-in-timescale,FY2023-24-Q4,98.0,,,SYNTHETIC demo comparator
        E99990018,cp-reviews-in-timescale,FY2023-24-Q4,98.7,,,SYNTHETIC demo comparator
        E99990019,cp-reviews-in-timescale,FY2023-24-Q4,99.3,,,SYNTHETIC demo comparator
        E99990020,cp-reviews-in-timescale,FY2023-24-Q4,85.1,,,SYNTHETIC demo comparator
        E99990021,cp-reviews-in-timescale,FY2023-24-Q4,82.8,,,SYNTHETIC demo comparator
        E99990022,cp-reviews-in-timescale,FY2023-24-Q4,80.6,,,SYNTHETIC demo comparator
        E99990023,cp-reviews-in-timescale,FY2023-24-Q4,78.3,,,SYNTHETIC demo comparator
        E99990024,cp-reviews-in-timescale,FY2023-24-Q4,76.0,,,SYNTHETIC demo comparator
        E99990025,cp-reviews-in-timescale,FY2023-24-Q4,73.7,,,SYNTHETIC demo comparator
        E99990026,cp-reviews-in-timescale,FY2023-24-Q4,71.4,,,SYNTHETIC demo comparator
        E99990027,cp-reviews-in-timescale,FY2023-24-Q4,69.1,,,SYNTHETIC demo comparator
        E99990028,cp-reviews-in-timescale,FY2023-24-Q4,66.8,,,SYNTHETIC demo comparator
        E99990029,cp-reviews-in-timescale,FY2023-24-Q4,64.6,,,SYNTHETIC demo comparator
        E99990030,cp-reviews-in-timescale,FY2023-24-Q4,62.3,,,SYNTHETIC demo comparator
        E10000013,cpp-second-time,FY2023-24-Q4,22.9,,,SYNTHETIC demo comparator
        E10000031,cpp-second-time,FY2023-24-Q4,23.7,,,SYNTHETIC demo comparator
        E06000056,cpp-second-time,FY2023-24-Q4,22.2,,,SYNTHETIC demo comparator
        E10000034,cpp-second-time,FY2023-24-Q4,24.4,,,SYNTHETIC demo comparator
        E10000014,cpp-second-time,FY2023-24-Q4,21.3,,,SYNTHETIC demo comparator
        E10000012,cpp-second-time,FY2023-24-Q4,25.3,,,SYNTHETIC demo comparator
        E06000024,cpp-second-time,FY2023-24-Q4,20.2,,,SYNTHETIC demo comparator
        E10000028,cpp-second-time,FY2023-24-Q4,26.4,,,SYNTHETIC demo comparator
        E06000049,cpp-second-time,FY2023-24-Q4,18.9,,,SYNTHETIC demo comparator
        E99990001,cpp-second-time,FY2023-24-Q4,27.7,,,SYNTHETIC demo comparator
        E99990002,cpp-second-time,FY2023-24-Q4,26.1,,,SYNTHETIC demo comparator
        E99990003,cpp-second-time,FY2023-24-Q4,25.4,,,SYNTHETIC demo comparator
        E99990004,cpp-second-time,FY2023-24-Q4,24.6,,,SYNTHETIC demo comparator
        E99990005,cpp-second-time,FY2023-24-Q4,23.9,,,SYNTHETIC demo comparator
        E99990006,cpp-second-time,FY2023-24-Q4,23.2,,,SYNTHETIC demo comparator
        E99990007,cpp-second-time,FY2023-24-Q4,22.5,,,SYNTHETIC demo comparator
        E99990008,cpp-second-time,FY2023-24-Q4,21.7,,,SYNTHETIC demo comparator
        E99990009,cpp-second-time,FY2023-24-Q4,21.0,,,SYNTHETIC demo comparator
        E99990010,cpp-second-time,FY2023-24-Q4,20.3,,,SYNTHETIC demo comparator
        E99990011,cpp-second-time,FY2023-24-Q4,19.6,,,SYNTHETIC demo comparator
        E99990012,cpp-second-time,FY2023-24-Q4,18.8,,,SYNTHETIC demo comparator
        E99990013,cpp-second-time,FY2023-24-Q4,18.1,,,SYNTHETIC demo comparator
        E99990014,cpp-second-time,FY2023-24-Q4,17.4,,,SYNTHETIC demo comparator
        E99990015,cpp-second-time,FY2023-24-Q4,16.7,,,SYNTHETIC demo comparator
        E99990016,cpp-second-time,FY2023-24-Q4,16.0,,,SYNTHETIC demo comparator
        E99990017,cpp-second-time,FY2023-24-Q4,15.2,,,SYNTHETIC demo comparator
        E99990018,cpp-second-time,FY2023-24-Q4,14.5,,,SYNTHETIC demo comparator
        E99990019,cpp-second-time,FY2023-24-Q4,13.8,,,SYNTHETIC demo comparator
        E99990020,cpp-second-time,FY2023-24-Q4,13.1,,,SYNTHETIC demo comparator
        E99990021,cpp-second-time,FY2023-24-Q4,12.3,,,SYNTHETIC demo comparator
        E99990022,cpp-second-time,FY2023-24-Q4,11.6,,,SYNTHETIC demo comparator
        E99990023,cpp-second-time,FY2023-24-Q4,10.9,,,SYNTHETIC demo comparator
        E99990024,cpp-second-time,FY2023-24-Q4,10.2,,,SYNTHETIC demo comparator
        E99990025,cpp-second-time,FY2023-24-Q4,9.4,,,SYNTHETIC demo comparator
        E99990026,cpp-second-time,FY2023-24-Q4,8.7,,,SYNTHETIC demo comparator
        E99990027,cpp-second-time,FY2023-24-Q4,29.4,,,SYNTHETIC demo comparator
        E99990028,cpp-second-time,FY2023-24-Q4,32.1,,,SYNTHETIC demo comparator
        E99990029,cpp-second-time,FY2023-24-Q4,34.7,,,SYNTHETIC demo comparator
        E99990030,cpp-second-time,FY2023-24-Q4,37.4,,,SYNTHETIC demo comparator
        E10000013,re-referrals-12-months,FY2023-24-Q4,19.5,,,SYNTHETIC demo comparator
        E10000031,re-referrals-12-months,FY2023-24-Q4,20.1,,,SYNTHETIC demo comparator
        E06000056,re-referrals-12-months,FY2023-24-Q4,18.9,,,SYNTHETIC demo comparator
        E10000034,re-referrals-12-months,FY2023-24-Q4,20.7,,,SYNTHETIC demo comparator
        E10000014,re-referrals-12-months,FY2023-24-Q4,18.1,,,SYNTHETIC demo comparator
        E10000012,re-referrals-12-months,FY2023-24-Q4,21.5,,,SYNTHETIC demo comparator
        E06000024,re-referrals-12-months,FY2023-24-Q4,17.2,,,SYNTHETIC demo comparator
        E10000028,re-referrals-12-months,FY2023-24-Q4,22.4,,,SYNTHETIC demo comparator
        E06000049,re-referrals-12-months,FY2023-24-Q4,15.9,,,SYNTHETIC demo comparator
        E99990001,re-referrals-12-months,FY2023-24-Q4,23.7,,,SYNTHETIC demo comparator
        E99990002,re-referrals-12-months,FY2023-24-Q4,23.5,,,SYNTHETIC demo comparator
        E99990003,re-referrals-12-months,FY2023-24-Q4,22.8,,,SYNTHETIC demo comparator
        E99990004,re-referrals-12-months,FY2023-24-Q4,22.2,,,SYNTHETIC demo comparator
        E99990005,re-referrals-12-months,FY2023-24-Q4,21.5,,,SYNTHETIC demo comparator
        E99990006,re-referrals-12-months,FY2023-24-Q4,20.9,,,SYNTHETIC demo comparator
        E99990007,re-referrals-12-months,FY2023-24-Q4,20.2,,,SYNTHETIC demo comparator
        E99990008,re-referrals-12-months,FY2023-24-Q4,19.6,,,SYNTHETIC demo comparator
        E99990009,re-referrals-12-months,FY2023-24-Q4,18.9,,,SYNTHETIC demo comparator
        E99990010,re-referrals-12-months,FY2023-24-Q4,18.3,,,SYNTHETIC demo comparator
        E99990011,re-referrals-12-months,FY2023-24-Q4,17.7,,,SYNTHETIC demo comparator
        E99990012,re-referrals-12-months,FY2023-24-Q4,17.0,,,SYNTHETIC demo comparator
        E99990013,re-referrals-12-months,FY2023-24-Q4,16.4,,,SYNTHETIC demo comparator
        E99990014,re-referrals-12-months,FY2023-24-Q4,15.7,,,SYNTHETIC demo comparator
        E99990015,re-referrals-12-months,FY2023-24-Q4,15.1,,,SYNTHETIC demo comparator
        E99990016,re-referrals-12-months,FY2023-24-Q4,14.4,,,SYNTHETIC demo comparator
        E99990017,re-referrals-12-months,FY2023-24-Q4,13.8,,,SYNTHETIC demo comparator
        E99990018,re-referrals-12-months,FY2023-24-Q4,13.2,,,SYNTHETIC demo comparator
        E99990019,re-referrals-12-months,FY2023-24-Q4,12.5,,,SYNTHETIC demo comparator
        E99990020,re-referrals-12-months,FY2023-24-Q4,11.9,,,SYNTHETIC demo comparator
        E99990021,re-referrals-12-months,FY2023-24-Q4,11.2,,,SYNTHETIC demo comparator
        E99990022,re-referrals-12-months,FY2023-24-Q4,10.6,,,SYNTHETIC demo comparator
        E99990023,re-referrals-12-months,FY2023-24-Q4,9.9,,,SYNTHETIC demo comparator
        E99990024,re-referrals-12-months,FY2023-24-Q4,9.3,,,SYNTHETIC demo comparator
        E99990025,re-referrals-12-months,FY2023-24-Q4,8.6,,,SYNTHETIC demo comparator
        E99990026,re-referrals-12-months,FY2023-24-Q4,26.8,,,SYNTHETIC demo comparator
        E99990027,re-referrals-12-months,FY2023-24-Q4,29.4,,,SYNTHETIC demo comparator
        E99990028,re-referrals-12-months,FY2023-24-Q4,32.0,,,SYNTHETIC demo comparator
        E99990029,re-referrals-12-months,FY2023-24-Q4,34.7,,,SYNTHETIC demo comparator
        E99990030,re-referrals-12-months,FY2023-24-Q4,37.4,,,SYNTHETIC demo comparator
        E10000013,assessments-45-days,FY2023-24-Q4,81.8,,,SYNTHETIC demo comparator
        E10000031,assessments-45-days,FY2023-24-Q4,83.2,,,SYNTHETIC demo comparator
        E06000056,assessments-45-days,FY2023-24-Q4,80.6,,,SYNTHETIC demo comparator
        E10000034,assessments-45-days,FY2023-24-Q4,84.4,,,SYNTHETIC demo comparator
        E10000014,assessments-45-days,FY2023-24-Q4,79.3,,,SYNTHETIC demo comparator
        E10000012,assessments-45-days,FY2023-24-Q4,85.7,,,SYNTHETIC demo comparator
        E06000024,assessments-45-days,FY2023-24-Q4,77.9,,,SYNTHETIC demo comparator
        E10000028,assessments-45-days,FY2023-24-Q4,87.1,,,SYNTHETIC demo comparator
        E06000049,assessments-45-days,FY2023-24-Q4,76.2,,,SYNTHETIC demo comparator
        E99990001,assessments-45-days,FY2023-24-Q4,88.8,,,SYNTHETIC demo comparator
        E99990002,assessments-45-days,FY2023-24-Q4,89.4,,,SYNTHETIC demo comparator
        E99990003,assessments-45-days,FY2023-24-Q4,90.2,,,SYNTHETIC demo comparator
        E99990004,assessments-45-days,FY2023-24-Q4,91.0,,,SYNTHETIC demo comparator
        E99990005,assessments-45-days,FY2023-24-Q4,91.9,,,SYNTHETIC demo comparator
        E99990006,assessments-45-days,FY2023-24-Q4,92.7,,,SYNTHETIC demo comparator
        E99990007,assessments-45-days,FY2023-24-Q4,93.5,,,SYNTHETIC demo comparator
        E99990008,assessments-45-days,FY2023-24-Q4,94.3,,,SYNTHETIC demo comparator
        E99990009,assessments-45-days,FY2023-24-Q4,95.1,,,SYNTHETIC demo comparator
        E99990010,assessments-45-days,FY2023-24-Q4,95.9,,,SYNTHETIC demo comparator
        E99990011,assessments-45-days,FY2023-24-Q4,96.7,,,SYNTHETIC demo comparator
        E99990012,assessments-45-days,FY2023-24-Q4,97.6,,,SYNTHETIC demo comparator
        E99990013,assessments-45-days,FY2023-24-Q4,98.4,,,SYNTHETIC demo comparator
        E99990014,assessments-45-days,FY2023-24-Q4,99.2,,,SYNTHETIC demo comparator
        E99990015,assessments-45-days,FY2023-24-Q4,86.3,,,SYNTHETIC demo comparator
        E99990016,assessments-45-days,FY2023-24-Q4,84.1,,,SYNTHETIC demo comparator
        E99990017,assessments-45-days,FY2023-24-Q4,81.8,,,SYNTHETIC demo comparator
        E99990018,assessments-45-days,FY2023-24-Q4,79.5,,,SYNTHETIC demo comparator
        E99990019,assessments-45-days,FY2023-24-Q4,77.2,,,SYNTHETIC demo comparator
        E99990020,assessments-45-days,FY2023-24-Q4,75.0,,,SYNTHETIC demo comparator
        E99990021,assessments-45-days,FY2023-24-Q4,72.7,,,SYNTHETIC demo comparator
        E99990022,assessments-45-days,FY2023-24-Q4,70.4,,,SYNTHETIC demo comparator
        E99990023,assessments-45-days,FY2023-24-Q4,68.2,,,SYNTHETIC demo comparator
        E99990024,assessments-45-days,FY2023-24-Q4,65.9,,,SYNTHETIC demo comparator
        E99990025,assessments-45-days,FY2023-24-Q4,63.6,,,SYNTHETIC demo comparator
        E99990026,assessments-45-days,FY2023-24-Q4,61.4,,,SYNTHETIC demo comparator
        E99990027,assessments-45-days,FY2023-24-Q4,59.1,,,SYNTHETIC demo comparator
        E99990028,assessments-45-days,FY2023-24-Q4,56.8,,,SYNTHETIC demo comparator
        E99990029,assessments-45-days,FY2023-24-Q4,54.5,,,SYNTHETIC demo comparator
        E99990030,assessments-45-days,FY2023-24-Q4,52.3,,,SYNTHETIC demo comparator
        E10000013,cpp-two-years-plus,FY2023-24-Q4,1.4,,,SYNTHETIC demo comparator
        E10000031,cpp-two-years-plus,FY2023-24-Q4,1.6,,,SYNTHETIC demo comparator
        E06000056,cpp-two-years-plus,FY2023-24-Q4,1.3,,,SYNTHETIC demo comparator
        E10000034,cpp-two-years-plus,FY2023-24-Q4,1.7,,,SYNTHETIC demo comparator
        E10000014,cpp-two-years-plus,FY2023-24-Q4,1.1,,,SYNTHETIC demo comparator
        E10000012,cpp-two-years-plus,FY2023-24-Q4,1.9,,,SYNTHETIC demo comparator
        E06000024,cpp-two-years-plus,FY2023-24-Q4,0.9,,,SYNTHETIC demo comparator
        E10000028,cpp-two-years-plus,FY2023-24-Q4,2.1,,,SYNTHETIC demo comparator
        E06000049,cpp-two-years-plus,FY2023-24-Q4,0.6,,,SYNTHETIC demo comparator
        E99990001,cpp-two-years-plus,FY2023-24-Q4,2.4,,,SYNTHETIC demo comparator
        E99990002,cpp-two-years-plus,FY2023-24-Q4,1.9,,,SYNTHETIC demo comparator
        E99990003,cpp-two-years-plus,FY2023-24-Q4,1.5,,,SYNTHETIC demo comparator
        E99990004,cpp-two-years-plus,FY2023-24-Q4,1.2,,,SYNTHETIC demo comparator
        E99990005,cpp-two-years-plus,FY2023-24-Q4,0.8,,,SYNTHETIC demo comparator
        E99990006,cpp-two-years-plus,FY2023-24-Q4,0.4,,,SYNTHETIC demo comparator
        E99990007,cpp-two-years-plus,FY2023-24-Q4,2.5,,,SYNTHETIC demo comparator
        E99990008,cpp-two-years-plus,FY2023-24-Q4,2.8,,,SYNTHETIC demo comparator
        E99990009,cpp-two-years-plus,FY2023-24-Q4,3.0,,,SYNTHETIC demo comparator
        E99990010,cpp-two-years-plus,FY2023-24-Q4,3.2,,,SYNTHETIC demo comparator
        E99990011,cpp-two-years-plus,FY2023-24-Q4,3.4,,,SYNTHETIC demo comparator
        E99990012,cpp-two-years-plus,FY2023-24-Q4,3.7,,,SYNTHETIC demo comparator
        E99990013,cpp-two-years-plus,FY2023-24-Q4,3.9,,,SYNTHETIC demo comparator
        E99990014,cpp-two-years-plus,FY2023-24-Q4,4.1,,,SYNTHETIC demo comparator
        E99990015,cpp-two-years-plus,FY2023-24-Q4,4.4,,,SYNTHETIC demo comparator
        E99990016,cpp-two-years-plus,FY2023-24-Q4,4.6,,,SYNTHETIC demo comparator
        E99990017,cpp-two-years-plus,FY2023-24-Q4,4.8,,,SYNTHETIC demo comparator
        E99990018,cpp-two-years-plus,FY2023-24-Q4,5.0,,,SYNTHETIC demo comparator
        E99990019,cpp-two-years-plus,FY2023-24-Q4,5.3,,,SYNTHETIC demo comparator
        E99990020,cpp-two-years-plus,FY2023-24-Q4,5.5,,,SYNTHETIC demo comparator
        E99990021,cpp-two-years-plus,FY2023-24-Q4,5.7,,,SYNTHETIC demo comparator
        E99990022,cpp-two-years-plus,FY2023-24-Q4,5.9,,,SYNTHETIC demo comparator
        E99990023,cpp-two-years-plus,FY2023-24-Q4,6.2,,,SYNTHETIC demo comparator
        E99990024,cpp-two-years-plus,FY2023-24-Q4,6.4,,,SYNTHETIC demo comparator
        E99990025,cpp-two-years-plus,FY2023-24-Q4,6.6,,,SYNTHETIC demo comparator
        E99990026,cpp-two-years-plus,FY2023-24-Q4,6.9,,,SYNTHETIC demo comparator
        E99990027,cpp-two-years-plus,FY2023-24-Q4,7.1,,,SYNTHETIC demo comparator
        E99990028,cpp-two-years-plus,FY2023-24-Q4,7.3,,,SYNTHETIC demo comparator
        E99990029,cpp-two-years-plus,FY2023-24-Q4,7.5,,,SYNTHETIC demo comparator
        E99990030,cpp-two-years-plus,FY2023-24-Q4,7.8,,,SYNTHETIC demo comparator
        E10000013,care-leavers-suitable-accommodation,FY2023-24-Q4,89.4,,,SYNTHETIC demo comparator
        E10000031,care-leavers-suitable-accommodation,FY2023-24-Q4,90.4,,,SYNTHETIC demo comparator
        E06000056,care-leavers-suitable-accommodation,FY2023-24-Q4,88.6,,,SYNTHETIC demo comparator
        E10000034,care-leavers-suitable-accommodation,FY2023-24-Q4,91.2,,,SYNTHETIC demo comparator
        E10000014,care-leavers-suitable-accommodation,FY2023-24-Q4,87.7,,,SYNTHETIC demo comparator
        E10000012,care-leavers-suitable-accommodation,FY2023-24-Q4,92.1,,,SYNTHETIC demo comparator
        E06000024,care-leavers-suitable-accommodation,FY2023-24-Q4,86.5,,,SYNTHETIC demo comparator
        E10000028,care-leavers-suitable-accommodation,FY2023-24-Q4,93.3,,,SYNTHETIC demo comparator
        E06000049,care-leavers-suitable-accommodation,FY2023-24-Q4,85.2,,,SYNTHETIC demo comparator
        E99990001,care-leavers-suitable-accommodation,FY2023-24-Q4,94.6,,,SYNTHETIC demo comparator
        E99990002,care-leavers-suitable-accommodation,FY2023-24-Q4,96.1,,,SYNTHETIC demo comparator
        E99990003,care-leavers-suitable-accommodation,FY2023-24-Q4,97.1,,,SYNTHETIC demo comparator
        E99990004,care-leavers-suitable-accommodation,FY2023-24-Q4,98.0,,,SYNTHETIC demo comparator
        E99990005,care-leavers-suitable-accommodation,FY2023-24-Q4,99.0,,,SYNTHETIC demo comparator
        E99990006,care-leavers-suitable-accommodation,FY2023-24-Q4,94.1,,,SYNTHETIC demo comparator
        E99990007,care-leavers-suitable-accommodation,FY2023-24-Q4,93.2,,,SYNTHETIC demo comparator
        E99990008,care-leavers-suitable-accommodation,FY2023-24-Q4,92.2,,,SYNTHETIC demo comparator
        E99990009,care-leavers-suitable-accommodation,FY2023-24-Q4,91.2,,,SYNTHETIC demo comparator
        E99990010,care-leavers-suitable-accommodation,FY2023-24-Q4,90.3,,,SYNTHETIC demo comparator
        E99990011,care-leavers-suitable-accommodation,FY2023-24-Q4,89.3,,,SYNTHETIC demo comparator
        E99990012,care-leavers-suitable-accommodation,FY2023-24-Q4,88.3,,,SYNTHETIC demo comparator
        E99990013,care-leavers-suitable-accommodation,FY2023-24-Q4,87.4,,,SYNTHETIC demo comparator
        E99990014,care-leavers-suitable-accommodation,FY2023-24-Q4,86.4,,,SYNTHETIC demo comparator
        E99990015,care-leavers-suitable-accommodation,FY2023-24-Q4,85.4,,,SYNTHETIC demo comparator
        E99990016,care-leavers-suitable-accommodation,FY2023-24-Q4,84.5,,,SYNTHETIC demo comparator
        E99990017,care-leavers-suitable-accommodation,FY2023-24-Q4,83.5,,,SYNTHETIC demo comparator
        E99990018,care-leavers-suitable-accommodation,FY2023-24-Q4,82.6,,,SYNTHETIC demo comparator
        E99990019,care-leavers-suitable-accommodation,FY2023-24-Q4,81.6,,,SYNTHETIC demo comparator
        E99990020,care-leavers-suitable-accommodation,FY2023-24-Q4,80.6,,,SYNTHETIC demo comparator
        E99990021,care-leavers-suitable-accommodation,FY2023-24-Q4,79.7,,,SYNTHETIC demo comparator
        E99990022,care-leavers-suitable-accommodation,FY2023-24-Q4,78.7,,,SYNTHETIC demo comparator
        E99990023,care-leavers-suitable-accommodation,FY2023-24-Q4,77.7,,,SYNTHETIC demo comparator
        E99990024,care-leavers-suitable-accommodation,FY2023-24-Q4,76.8,,,SYNTHETIC demo comparator
        E99990025,care-leavers-suitable-accommodation,FY2023-24-Q4,75.8,,,SYNTHETIC demo comparator
        E99990026,care-leavers-suitable-accommodation,FY2023-24-Q4,74.8,,,SYNTHETIC demo comparator
        E99990027,care-leavers-suitable-accommodation,FY2023-24-Q4,73.9,,,SYNTHETIC demo comparator
        E99990028,care-leavers-suitable-accommodation,FY2023-24-Q4,72.9,,,SYNTHETIC demo comparator
        E99990029,care-leavers-suitable-accommodation,FY2023-24-Q4,71.9,,,SYNTHETIC demo comparator
        E99990030,care-leavers-suitable-accommodation,FY2023-24-Q4,71.0,,,SYNTHETIC demo comparator
        E10000013,care-leavers-eet,FY2023-24-Q4,55.8,,,SYNTHETIC demo comparator
        E10000031,care-leavers-eet,FY2023-24-Q4,57.4,,,SYNTHETIC demo comparator
        E06000056,care-leavers-eet,FY2023-24-Q4,54.9,,,SYNTHETIC demo comparator
        E10000034,care-leavers-eet,FY2023-24-Q4,58.3,,,SYNTHETIC demo comparator
        E10000014,care-leavers-eet,FY2023-24-Q4,53.7,,,SYNTHETIC demo comparator
        E10000012,care-leavers-eet,FY2023-24-Q4,59.5,,,SYNTHETIC demo comparator
        E06000024,care-leavers-eet,FY2023-24-Q4,52.5,,,SYNTHETIC demo comparator
        E10000028,care-leavers-eet,FY2023-24-Q4,60.7,,,SYNTHETIC demo comparator
        E06000049,care-leavers-eet,FY2023-24-Q4,51.0,,,SYNTHETIC demo comparator
        E99990001,care-leavers-eet,FY2023-24-Q4,62.2,,,SYNTHETIC demo comparator
        E99990002,care-leavers-eet,FY2023-24-Q4,62.1,,,SYNTHETIC demo comparator
        E99990003,care-leavers-eet,FY2023-24-Q4,63.6,,,SYNTHETIC demo comparator
        E99990004,care-leavers-eet,FY2023-24-Q4,65.1,,,SYNTHETIC demo comparator
        E99990005,care-leavers-eet,FY2023-24-Q4,66.6,,,SYNTHETIC demo comparator
        E99990006,care-leavers-eet,FY2023-24-Q4,68.1,,,SYNTHETIC demo comparator
        E99990007,care-leavers-eet,FY2023-24-Q4,69.6,,,SYNTHETIC demo comparator
        E99990008,care-leavers-eet,FY2023-24-Q4,71.0,,,SYNTHETIC demo comparator
        E99990009,care-leavers-eet,FY2023-24-Q4,72.5,,,SYNTHETIC demo comparator
        E99990010,care-leavers-eet,FY2023-24-Q4,74.0,,,SYNTHETIC demo comparator
        E99990011,care-leavers-eet,FY2023-24-Q4,75.5,,,SYNTHETIC demo comparator
        E99990012,care-leavers-eet,FY2023-24-Q4,77.0,,,SYNTHETIC demo comparator
        E99990013,care-leavers-eet,FY2023-24-Q4,78.5,,,SYNTHETIC demo comparator
        E99990014,care-leavers-eet,FY2023-24-Q4,59.2,,,SYNTHETIC demo comparator
        E99990015,care-leavers-eet,FY2023-24-Q4,57.8,,,SYNTHETIC demo comparator
        E99990016,care-leavers-eet,FY2023-24-Q4,56.3,,,SYNTHETIC demo comparator
        E99990017,care-leavers-eet,FY2023-24-Q4,54.9,,,SYNTHETIC demo comparator
        E99990018,care-leavers-eet,FY2023-24-Q4,53.5,,,SYNTHETIC demo comparator
        E99990019,care-leavers-eet,FY2023-24-Q4,52.1,,,SYNTHETIC demo comparator
        E99990020,care-leavers-eet,FY2023-24-Q4,50.6,,,SYNTHETIC demo comparator
        E99990021,care-leavers-eet,FY2023-24-Q4,49.2,,,SYNTHETIC demo comparator
        E99990022,care-leavers-eet,FY2023-24-Q4,47.8,,,SYNTHETIC demo comparator
        E99990023,care-leavers-eet,FY2023-24-Q4,46.4,,,SYNTHETIC demo comparator
        E99990024,care-leavers-eet,FY2023-24-Q4,45.0,,,SYNTHETIC demo comparator
        E99990025,care-leavers-eet,FY2023-24-Q4,43.5,,,SYNTHETIC demo comparator
        E99990026,care-leavers-eet,FY2023-24-Q4,42.1,,,SYNTHETIC demo comparator
        E99990027,care-leavers-eet,FY2023-24-Q4,40.7,,,SYNTHETIC demo comparator
        E99990028,care-leavers-eet,FY2023-24-Q4,39.3,,,SYNTHETIC demo comparator
        E99990029,care-leavers-eet,FY2023-24-Q4,37.8,,,SYNTHETIC demo comparator
        E99990030,care-leavers-eet,FY2023-24-Q4,36.4,,,SYNTHETIC demo comparator
        E10000013,primary-good-outstanding,FY2023-24-Q4,90.7,,,SYNTHETIC demo comparator
        E10000031,primary-good-outstanding,FY2023-24-Q4,91.3,,,SYNTHETIC demo comparator
        E06000056,primary-good-outstanding,FY2023-24-Q4,90.2,,,SYNTHETIC demo comparator
        E10000034,primary-good-outstanding,FY2023-24-Q4,91.8,,,SYNTHETIC demo comparator
        E10000014,primary-good-outstanding,FY2023-24-Q4,89.6,,,SYNTHETIC demo comparator
        E10000012,primary-good-outstanding,FY2023-24-Q4,92.4,,,SYNTHETIC demo comparator
        E06000024,primary-good-outstanding,FY2023-24-Q4,88.9,,,SYNTHETIC demo comparator
        E10000028,primary-good-outstanding,FY2023-24-Q4,93.1,,,SYNTHETIC demo comparator
        E06000049,primary-good-outstanding,FY2023-24-Q4,88.0,,,SYNTHETIC demo comparator
        E99990001,primary-good-outstanding,FY2023-24-Q4,94.0,,,SYNTHETIC demo comparator
        E99990002,primary-good-outstanding,FY2023-24-Q4,90.8,,,SYNTHETIC demo comparator
        E99990003,primary-good-outstanding,FY2023-24-Q4,91.3,,,SYNTHETIC demo comparator
        E99990004,primary-good-outstanding,FY2023-24-Q4,91.8,,,SYNTHETIC demo comparator
        E99990005,primary-good-outstanding,FY2023-24-Q4,92.3,,,SYNTHETIC demo comparator
        E99990006,primary-good-outstanding,FY2023-24-Q4,92.9,,,SYNTHETIC demo comparator
        E99990007,primary-good-outstanding,FY2023-24-Q4,93.4,,,SYNTHETIC demo comparator
        E99990008,primary-good-outstanding,FY2023-24-Q4,93.9,,,SYNTHETIC demo comparator
        E99990009,primary-good-outstanding,FY2023-24-Q4,94.4,,,SYNTHETIC demo comparator
        E99990010,primary-good-outstanding,FY2023-24-Q4,94.9,,,SYNTHETIC demo comparator
        E99990011,primary-good-outstanding,FY2023-24-Q4,95.4,,,SYNTHETIC demo comparator
        E99990012,primary-good-outstanding,FY2023-24-Q4,95.9,,,SYNTHETIC demo comparator
        E99990013,primary-good-outstanding,FY2023-24-Q4,96.4,,,SYNTHETIC demo comparator
        E99990014,primary-good-outstanding,FY2023-24-Q4,96.9,,,SYNTHETIC demo comparator
        E99990015,primary-good-outstanding,FY2023-24-Q4,97.4,,,SYNTHETIC demo comparator
        E99990016,primary-good-outstanding,FY2023-24-Q4,98.0,,,SYNTHETIC demo comparator
        E99990017,primary-good-outstanding,FY2023-24-Q4,98.5,,,SYNTHETIC demo comparator
        E99990018,primary-good-outstanding,FY2023-24-Q4,99.0,,,SYNTHETIC demo comparator
        E99990019,primary-good-outstanding,FY2023-24-Q4,99.5,,,SYNTHETIC demo comparator
        E99990020,primary-good-outstanding,FY2023-24-Q4,89.0,,,SYNTHETIC demo comparator
        E99990021,primary-good-outstanding,FY2023-24-Q4,87.8,,,SYNTHETIC demo comparator
        E99990022,primary-good-outstanding,FY2023-24-Q4,86.5,,,SYNTHETIC demo comparator
        E99990023,primary-good-outstanding,FY2023-24-Q4,85.2,,,SYNTHETIC demo comparator
        E99990024,primary-good-outstanding,FY2023-24-Q4,83.9,,,SYNTHETIC demo comparator
        E99990025,primary-good-outstanding,FY2023-24-Q4,82.6,,,SYNTHETIC demo comparator
        E99990026,primary-good-outstanding,FY2023-24-Q4,81.4,,,SYNTHETIC demo comparator
        E99990027,primary-good-outstanding,FY2023-24-Q4,80.1,,,SYNTHETIC demo comparator
        E99990028,primary-good-outstanding,FY2023-24-Q4,78.8,,,SYNTHETIC demo comparator
        E99990029,primary-good-outstanding,FY2023-24-Q4,77.6,,,SYNTHETIC demo comparator
        E99990030,primary-good-outstanding,FY2023-24-Q4,76.3,,,SYNTHETIC demo comparator
        E10000013,secondary-good-outstanding,FY2023-24-Q4,84.1,,,SYNTHETIC demo comparator
        E10000031,secondary-good-outstanding,FY2023-24-Q4,85.9,,,SYNTHETIC demo comparator
        E06000056,secondary-good-outstanding,FY2023-24-Q4,82.9,,,SYNTHETIC demo comparator
        E10000034,secondary-good-outstanding,FY2023-24-Q4,87.1,,,SYNTHETIC demo comparator
        E10000014,secondary-good-outstanding,FY2023-24-Q4,81.4,,,SYNTHETIC demo comparator
        E10000012,secondary-good-outstanding,FY2023-24-Q4,88.6,,,SYNTHETIC demo comparator
        E06000024,secondary-good-outstanding,FY2023-24-Q4,79.8,,,SYNTHETIC demo comparator
        E10000028,secondary-good-outstanding,FY2023-24-Q4,90.2,,,SYNTHETIC demo comparator
        E06000049,secondary-good-outstanding,FY2023-24-Q4,77.6,,,SYNTHETIC demo comparator
        E99990001,secondary-good-outstanding,FY2023-24-Q4,92.4,,,SYNTHETIC demo comparator
        E99990002,secondary-good-outstanding,FY2023-24-Q4,79.2,,,SYNTHETIC demo comparator
        E99990003,secondary-good-outstanding,FY2023-24-Q4,80.6,,,SYNTHETIC demo comparator
        E99990004,secondary-good-outstanding,FY2023-24-Q4,82.0,,,SYNTHETIC demo comparator
        E99990005,secondary-good-outstanding,FY2023-24-Q4,83.4,,,SYNTHETIC demo comparator
        E99990006,secondary-good-outstanding,FY2023-24-Q4,84.7,,,SYNTHETIC demo comparator
        E99990007,secondary-good-outstanding,FY2023-24-Q4,86.1,,,SYNTHETIC demo comparator
        E99990008,secondary-good-outstanding,FY2023-24-Q4,87.5,,,SYNTHETIC demo comparator
        E99990009,secondary-good-outstanding,FY2023-24-Q4,88.9,,,SYNTHETIC demo comparator
        E99990010,secondary-good-outstanding,FY2023-24-Q4,90.3,,,SYNTHETIC demo comparator
        E99990011,secondary-good-outstanding,FY2023-24-Q4,91.7,,,SYNTHETIC demo comparator
        E99990012,secondary-good-outstanding,FY2023-24-Q4,93.1,,,SYNTHETIC demo comparator
        E99990013,secondary-good-outstanding,FY2023-24-Q4,94.4,,,SYNTHETIC demo comparator
        E99990014,secondary-good-outstanding,FY2023-24-Q4,95.8,,,SYNTHETIC demo comparator
        E99990015,secondary-good-outstanding,FY2023-24-Q4,97.2,,,SYNTHETIC demo comparator
        E99990016,secondary-good-outstanding,FY2023-24-Q4,98.6,,,SYNTHETIC demo comparator
        E99990017,secondary-good-outstanding,FY2023-24-Q4,75.9,,,SYNTHETIC demo comparator
        E99990018,secondary-good-outstanding,FY2023-24-Q4,74.1,,,SYNTHETIC demo comparator
        E99990019,secondary-good-outstanding,FY2023-24-Q4,72.2,,,SYNTHETIC demo comparator
        E99990020,secondary-good-outstanding,FY2023-24-Q4,70.4,,,SYNTHETIC demo comparator
        E99990021,secondary-good-outstanding,FY2023-24-Q4,68.5,,,SYNTHETIC demo comparator
        E99990022,secondary-good-outstanding,FY2023-24-Q4,66.7,,,SYNTHETIC demo comparator
        E99990023,secondary-good-outstanding,FY2023-24-Q4,64.8,,,SYNTHETIC demo comparator
        E99990024,secondary-good-outstanding,FY2023-24-Q4,63.0,,,SYNTHETIC demo comparator
        E99990025,secondary-good-outstanding,FY2023-24-Q4,61.1,,,SYNTHETIC demo comparator
        E99990026,secondary-good-outstanding,FY2023-24-Q4,59.3,,,SYNTHETIC demo comparator
        E99990027,secondary-good-outstanding,FY2023-24-Q4,57.4,,,SYNTHETIC demo comparator
        E99990028,secondary-good-outstanding,FY2023-24-Q4,55.6,,,SYNTHETIC demo comparator
        E99990029,secondary-good-outstanding,FY2023-24-Q4,53.7,,,SYNTHETIC demo comparator
        E99990030,secondary-good-outstanding,FY2023-24-Q4,51.9,,,SYNTHETIC demo comparator
        E10000013,pupils-good-outstanding-schools,FY2023-24-Q4,89.4,,,SYNTHETIC demo comparator
        E10000031,pupils-good-outstanding-schools,FY2023-24-Q4,90.2,,,SYNTHETIC demo comparator
        E06000056,pupils-good-outstanding-schools,FY2023-24-Q4,88.6,,,SYNTHETIC demo comparator
        E10000034,pupils-good-outstanding-schools,FY2023-24-Q4,91.0,,,SYNTHETIC demo comparator
        E10000014,pupils-good-outstanding-schools,FY2023-24-Q4,87.7,,,SYNTHETIC demo comparator
        E10000012,pupils-good-outstanding-schools,FY2023-24-Q4,91.9,,,SYNTHETIC demo comparator
        E06000024,pupils-good-outstanding-schools,FY2023-24-Q4,86.5,,,SYNTHETIC demo comparator
        E10000028,pupils-good-outstanding-schools,FY2023-24-Q4,93.1,,,SYNTHETIC demo comparator
        E06000049,pupils-good-outstanding-schools,FY2023-24-Q4,85.2,,,SYNTHETIC demo comparator
        E99990001,pupils-good-outstanding-schools,FY2023-24-Q4,94.4,,,SYNTHETIC demo comparator
        E99990002,pupils-good-outstanding-schools,FY2023-24-Q4,86.8,,,SYNTHETIC demo comparator
        E99990003,pupils-good-outstanding-schools,FY2023-24-Q4,87.7,,,SYNTHETIC demo comparator
        E99990004,pupils-good-outstanding-schools,FY2023-24-Q4,88.5,,,SYNTHETIC demo comparator
        E99990005,pupils-good-outstanding-schools,FY2023-24-Q4,89.4,,,SYNTHETIC demo comparator
        E99990006,pupils-good-outstanding-schools,FY2023-24-Q4,90.3,,,SYNTHETIC demo comparator
        E99990007,pupils-good-outstanding-schools,FY2023-24-Q4,91.2,,,SYNTHETIC demo comparator
        E99990008,pupils-good-outstanding-schools,FY2023-24-Q4,92.1,,,SYNTHETIC demo comparator
        E99990009,pupils-good-outstanding-schools,FY2023-24-Q4,93.0,,,SYNTHETIC demo comparator
        E99990010,pupils-good-outstanding-schools,FY2023-24-Q4,93.8,,,SYNTHETIC demo comparator
        E99990011,pupils-good-outstanding-schools,FY2023-24-Q4,94.7,,,SYNTHETIC demo comparator
        E99990012,pupils-good-outstanding-schools,FY2023-24-Q4,95.6,,,SYNTHETIC demo comparator
        E99990013,pupils-good-outstanding-schools,FY2023-24-Q4,96.5,,,SYNTHETIC demo comparator
        E99990014,pupils-good-outstanding-schools,FY2023-24-Q4,97.4,,,SYNTHETIC demo comparator
        E99990015,pupils-good-outstanding-schools,FY2023-24-Q4,98.2,,,SYNTHETIC demo comparator
        E99990016,pupils-good-outstanding-schools,FY2023-24-Q4,99.1,,,SYNTHETIC demo comparator
        E99990017,pupils-good-outstanding-schools,FY2023-24-Q4,84.8,,,SYNTHETIC demo comparator
        E99990018,pupils-good-outstanding-schools,FY2023-24-Q4,83.8,,,SYNTHETIC demo comparator
        E99990019,pupils-good-outstanding-schools,FY2023-24-Q4,82.7,,,SYNTHETIC demo comparator
        E99990020,pupils-good-outstanding-schools,FY2023-24-Q4,81.7,,,SYNTHETIC demo comparator
        E99990021,pupils-good-outstanding-schools,FY2023-24-Q4,80.6,,,SYNTHETIC demo comparator
        E99990022,pupils-good-outstanding-schools,FY2023-24-Q4,79.5,,,SYNTHETIC demo comparator
        E99990023,pupils-good-outstanding-schools,FY2023-24-Q4,78.5,,,SYNTHETIC demo comparator
        E99990024,pupils-good-outstanding-schools,FY2023-24-Q4,77.4,,,SYNTHETIC demo comparator
        E99990025,pupils-good-outstanding-schools,FY2023-24-Q4,76.4,,,SYNTHETIC demo comparator
        E99990026,pupils-good-outstanding-schools,FY2023-24-Q4,75.3,,,SYNTHETIC demo comparator
        E99990027,pupils-good-outstanding-schools,FY2023-24-Q4,74.2,,,SYNTHETIC demo comparator
        E99990028,pupils-good-outstanding-schools,FY2023-24-Q4,73.2,,,SYNTHETIC demo comparator
        E99990029,pupils-good-outstanding-schools,FY2023-24-Q4,72.1,,,SYNTHETIC demo comparator
        E99990030,pupils-good-outstanding-schools,FY2023-24-Q4,71.1,,,SYNTHETIC demo comparator
        E10000013,neet-16-17,FY2023-24-Q4,3.3,,,SYNTHETIC demo comparator
        E10000031,neet-16-17,FY2023-24-Q4,3.7,,,SYNTHETIC demo comparator
        E06000056,neet-16-17,FY2023-24-Q4,2.9,,,SYNTHETIC demo comparator
        E10000034,neet-16-17,FY2023-24-Q4,4.1,,,SYNTHETIC demo comparator
        E10000014,neet-16-17,FY2023-24-Q4,2.5,,,SYNTHETIC demo comparator
        E10000012,neet-16-17,FY2023-24-Q4,4.5,,,SYNTHETIC demo comparator
        E06000024,neet-16-17,FY2023-24-Q4,2.0,,,SYNTHETIC demo comparator
        E10000028,neet-16-17,FY2023-24-Q4,5.0,,,SYNTHETIC demo comparator
        E06000049,neet-16-17,FY2023-24-Q4,1.4,,,SYNTHETIC demo comparator
        E99990001,neet-16-17,FY2023-24-Q4,5.6,,,SYNTHETIC demo comparator
        E99990002,neet-16-17,FY2023-24-Q4,0.7,,,SYNTHETIC demo comparator
        E99990003,neet-16-17,FY2023-24-Q4,0.7,,,SYNTHETIC demo comparator
        E99990004,neet-16-17,FY2023-24-Q4,0.6,,,SYNTHETIC demo comparator
        E99990005,neet-16-17,FY2023-24-Q4,0.6,,,SYNTHETIC demo comparator
        E99990006,neet-16-17,FY2023-24-Q4,0.5,,,SYNTHETIC demo comparator
        E99990007,neet-16-17,FY2023-24-Q4,0.5,,,SYNTHETIC demo comparator
        E99990008,neet-16-17,FY2023-24-Q4,0.4,,,SYNTHETIC demo comparator
        E99990009,neet-16-17,FY2023-24-Q4,0.4,,,SYNTHETIC demo comparator
        E99990010,neet-16-17,FY2023-24-Q4,0.3,,,SYNTHETIC demo comparator
        E99990011,neet-16-17,FY2023-24-Q4,0.3,,,SYNTHETIC demo comparator
        E99990012,neet-16-17,FY2023-24-Q4,0.2,,,SYNTHETIC demo comparator
        E99990013,neet-16-17,FY2023-24-Q4,0.2,,,SYNTHETIC demo comparator
        E99990014,neet-16-17,FY2023-24-Q4,0.1,,,SYNTHETIC demo comparator
        E99990015,neet-16-17,FY2023-24-Q4,0.1,,,SYNTHETIC demo comparator
        E99990016,neet-16-17,FY2023-24-Q4,1.4,,,SYNTHETIC demo comparator
        E99990017,neet-16-17,FY2023-24-Q4,2.0,,,SYNTHETIC demo comparator
        E99990018,neet-16-17,FY2023-24-Q4,2.5,,,SYNTHETIC demo comparator
        E99990019,neet-16-17,FY2023-24-Q4,3.1,,,SYNTHETIC demo comparator
        E99990020,neet-16-17,FY2023-24-Q4,3.7,,,SYNTHETIC demo comparator
        E99990021,neet-16-17,FY2023-24-Q4,4.2,,,SYNTHETIC demo comparator
        E99990022,neet-16-17,FY2023-24-Q4,4.8,,,SYNTHETIC demo comparator
        E99990023,neet-16-17,FY2023-24-Q4,5.4,,,SYNTHETIC demo comparator
        E99990024,neet-16-17,FY2023-24-Q4,6.0,,,SYNTHETIC demo comparator
        E99990025,neet-16-17,FY2023-24-Q4,6.6,,,SYNTHETIC demo comparator
        E99990026,neet-16-17,FY2023-24-Q4,7.1,,,SYNTHETIC demo comparator
        E99990027,neet-16-17,FY2023-24-Q4,7.7,,,SYNTHETIC demo comparator
        E99990028,neet-16-17,FY2023-24-Q4,8.3,,,SYNTHETIC demo comparator
        E99990029,neet-16-17,FY2023-24-Q4,8.8,,,SYNTHETIC demo comparator
        E99990030,neet-16-17,FY2023-24-Q4,9.4,,,SYNTHETIC demo comparator
        """

    /// Leicestershire's neighbour set: seed 001's nine named comparators (real ONS codes) and one SYNTHETIC.
    static let neighbours = """
        version,effective_date,authority_code,position,neighbour_code
        seed-001-comparators,2024-01-23,E10000018,1,E10000013
        seed-001-comparators,2024-01-23,E10000018,2,E10000031
        seed-001-comparators,2024-01-23,E10000018,3,E06000056
        seed-001-comparators,2024-01-23,E10000018,4,E10000034
        seed-001-comparators,2024-01-23,E10000018,5,E10000014
        seed-001-comparators,2024-01-23,E10000018,6,E10000012
        seed-001-comparators,2024-01-23,E10000018,7,E06000024
        seed-001-comparators,2024-01-23,E10000018,8,E10000028
        seed-001-comparators,2024-01-23,E10000018,9,E06000049
        seed-001-comparators,2024-01-23,E10000018,10,E99990001
        """

    /// England averages seed 002 gives (paragraphs 34-36).
    static let comparators = """
        indicator_id,period,area_type,area_code,area_name,value,source
        primary-good-outstanding,FY2023-24-Q4,england,E92000001,England,91.0,Seed 002 paragraph 34
        secondary-good-outstanding,FY2023-24-Q4,england,E92000001,England,82.9,Seed 002 paragraph 35
        pupils-good-outstanding-schools,FY2023-24-Q4,england,E92000001,England,89.6,Seed 002 paragraph 36
        """
}
