extension SENDDemoData {
    /// EHCP and SEN Support counts: published (seeds 000, 001, 002), derived (noted how) and a SYNTHETIC breakdown by age band and setting for Leicestershire, Spring 2024.
    static let caseload = """
        authority_code,measure,as_at,period_label,age_band,setting_type,count,source,note
        E10000018,ehcp,2016-01-21,2016,all,all,"2,777",published,"seed 001 TSIL report para 16 (2016); SEN2 January census day assumed, the paper gives the year only"
        E10000018,ehcp,2020-01-16,2020,all,all,"4,267",published,"seed 001 TSIL report para 16 (2020); SEN2 January census day assumed"
        E10000018,ehcp,2022-01-20,2022,all,all,"5,888",published,"seed 001 TSIL report para 16 (2022); SEN2 January census day assumed"
        E10000018,ehcp,2023-01-19,Spring 2023,all,mainstream_school,"2,392",derived,"2,522 at Spring 2024 less the increase of 130 on the same period last year (seed 002 para 28)"
        E10000018,ehcp,2023-10-05,Autumn 2023,all,mainstream_school,"2,446",published,"seed 002 para 28 and indicator table: children in mainstream schools with an EHCP, school census"
        E10000018,ehcp,2024-01-18,Spring 2024,all,mainstream_school,"2,522",published,"seed 002 para 28 and indicator table: children in mainstream schools with an EHCP, school census"
        E10000018,sen_support,2023-01-19,Spring 2023,all,mainstream_school,"12,392",derived,"12,968 at Spring 2024 less the increase of 576 on the same period last year (seed 002 para 30)"
        E10000018,sen_support,2023-10-05,Autumn 2023,all,mainstream_school,"12,579",published,"seed 002 para 29 and indicator table: SEN Support without an EHCP, mainstream schools"
        E10000018,sen_support,2024-01-18,Spring 2024,all,mainstream_school,"12,968",published,"seed 002 para 29 and indicator table: SEN Support without an EHCP, mainstream schools"
        E10000018,ehcp,2024-01-18,Spring 2024,all,all,"7,050",synthetic,"SYNTHETIC demo total, not a council figure"
        E10000018,ehcp,2024-01-18,Spring 2024,0-4,mainstream_school,12,synthetic,SYNTHETIC split of the published 2522
        E10000018,ehcp,2024-01-18,Spring 2024,5-10,mainstream_school,"1,180",synthetic,SYNTHETIC split of the published 2522
        E10000018,ehcp,2024-01-18,Spring 2024,11-15,mainstream_school,"1,140",synthetic,SYNTHETIC split of the published 2522
        E10000018,ehcp,2024-01-18,Spring 2024,16-19,mainstream_school,190,synthetic,SYNTHETIC split of the published 2522
        E10000018,ehcp,2024-01-18,Spring 2024,0-4,early_years,260,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,5-10,resourced_provision,200,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,11-15,resourced_provision,220,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,5-10,special_school,720,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,11-15,special_school,940,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,16-19,special_school,390,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,5-10,independent_special,140,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,11-15,independent_special,330,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,16-19,independent_special,140,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,11-15,alternative_provision,70,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,16-19,alternative_provision,18,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,16-19,further_education,700,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,20-25,further_education,150,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,5-10,other,40,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,11-15,other,90,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,16-19,other,70,synthetic,SYNTHETIC
        E10000018,ehcp,2024-01-18,Spring 2024,20-25,other,50,synthetic,SYNTHETIC
        E06000016,ehcp,2024-07-05,13 weeks before 04/10/2024,all,all,"4,278",derived,"4,405 less the change of 127 from last quarter (rolling 13 weeks), seed 000 para 4.1"
        E06000016,ehcp,2024-10-04,04/10/2024,all,all,"4,405",published,"seed 000 para 4.1: No of EHCPs (0-25), monthly snapshot"
        """

    /// Leicester's new EHCPs: 736 in 2023 (published) and 629 in 2022 (derived from "17% higher").
    static let newPlans = """
        authority_code,year,count,source,note
        E06000016,2022,629,derived,"736 / 1.17 = 629.06, rounded to 629; any count from 627 to 631 gives growth that rounds to 17% (seed 000 para 4.2)"
        E06000016,2023,736,published,"seed 000 para 4.2: new EHCPs issued in 2023, 17% higher than in 2022"
        """
}
