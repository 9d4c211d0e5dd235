extension SENDDemoData {
    /// Leicestershire's High Needs plan header (seed 001 paragraph 96; opening deficit £48,501k).
    static let highNeedsPlans = """
        authority_code,plan_id,title,first_year,years,opening_deficit_000,source
        E10000018,mtfs-2024-28,High Needs Block forecast MTFS 2024/25-2027/28,2024/25,4,"48,501","seed 001 para 96 (forecast table) and para 95 (TSIL savings lines); total DSG 2024/25 £697.0m from para 81, later years assumed to grow 2.98% a year like the grant income line"
        """

    /// Every line of paragraph 96 as explicit yearly figures; the total DSG as £697.0m in 2024/25 (paragraph 81) growing 2.98% a year (an assumption: the grant income line's growth, 112,430 / 109,176 − 1).
    static let highNeedsLines = """
        authority_code,plan_id,line,workstream,year,amount_000,growth_pct
        E10000018,mtfs-2024-28,grant_income,,2024/25,"-109,176",
        E10000018,mtfs-2024-28,grant_income,,2025/26,"-112,430",
        E10000018,mtfs-2024-28,grant_income,,2026/27,"-115,781",
        E10000018,mtfs-2024-28,grant_income,,2027/28,"-119,233",
        E10000018,mtfs-2024-28,placement_costs,,2024/25,"120,579",
        E10000018,mtfs-2024-28,placement_costs,,2025/26,"133,297",
        E10000018,mtfs-2024-28,placement_costs,,2026/27,"147,279",
        E10000018,mtfs-2024-28,placement_costs,,2027/28,"162,705",
        E10000018,mtfs-2024-28,other_costs,,2024/25,"10,679",
        E10000018,mtfs-2024-28,other_costs,,2025/26,"11,279",
        E10000018,mtfs-2024-28,other_costs,,2026/27,"11,279",
        E10000018,mtfs-2024-28,other_costs,,2027/28,"11,279",
        E10000018,mtfs-2024-28,commissioning_costs,,2024/25,162,
        E10000018,mtfs-2024-28,commissioning_costs,,2025/26,37,
        E10000018,mtfs-2024-28,commissioning_costs,,2026/27,0,
        E10000018,mtfs-2024-28,commissioning_costs,,2027/28,0,
        E10000018,mtfs-2024-28,invest_to_save_costs,,2024/25,986,
        E10000018,mtfs-2024-28,invest_to_save_costs,,2025/26,986,
        E10000018,mtfs-2024-28,invest_to_save_costs,,2026/27,986,
        E10000018,mtfs-2024-28,invest_to_save_costs,,2027/28,986,
        E10000018,mtfs-2024-28,other_dsg_blocks,,2024/25,"-8,060",
        E10000018,mtfs-2024-28,other_dsg_blocks,,2025/26,"-8,057",
        E10000018,mtfs-2024-28,other_dsg_blocks,,2026/27,"-7,557",
        E10000018,mtfs-2024-28,other_dsg_blocks,,2027/28,"-4,957",
        E10000018,mtfs-2024-28,total_dsg,,2024/25,"697,000",2.98
        E10000018,mtfs-2024-28,savings,TSIL Programme Defined Opportunities,2024/25,"-3,788",
        E10000018,mtfs-2024-28,savings,TSIL Programme Defined Opportunities,2025/26,"-10,976",
        E10000018,mtfs-2024-28,savings,TSIL Programme Defined Opportunities,2026/27,"-19,195",
        E10000018,mtfs-2024-28,savings,TSIL Programme Defined Opportunities,2027/28,"-27,666",
        E10000018,mtfs-2024-28,savings,Increase in Local Specialist Places,2024/25,"-2,480",
        E10000018,mtfs-2024-28,savings,Increase in Local Specialist Places,2025/26,"-5,995",
        E10000018,mtfs-2024-28,savings,Increase in Local Specialist Places,2026/27,"-9,868",
        E10000018,mtfs-2024-28,savings,Increase in Local Specialist Places,2027/28,"-13,803",
        """

    /// The TSIL savings lines of paragraph 95 exactly as printed (including the +380 of the last year).
    static let highNeedsSavingsDetail = """
        authority_code,plan_id,workstream,line_name,year,amount_000
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of EHCP Needs Assessment Requests,2024/25,-228
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of EHCP Needs Assessment Requests,2025/26,-660
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of EHCP Needs Assessment Requests,2026/27,"-1,231"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of EHCP Needs Assessment Requests,2027/28,"-1,778"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Assessment Conversion Rate,2024/25,-352
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Assessment Conversion Rate,2025/26,-861
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Assessment Conversion Rate,2026/27,"-1,430"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Assessment Conversion Rate,2027/28,"-1,918"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduced Mainstream EHCP Cost,2024/25,-345
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduced Mainstream EHCP Cost,2025/26,-948
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduced Mainstream EHCP Cost,2026/27,"-1,634"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduced Mainstream EHCP Cost,2027/28,"-2,315"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Early Years Specialist Starts,2024/25,-587
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Early Years Specialist Starts,2025/26,"-1,206"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Early Years Specialist Starts,2026/27,"-1,839"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Early Years Specialist Starts,2027/28,"-2,478"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Non-Early Years Specialist Starts,2024/25,"-1,333"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Non-Early Years Specialist Starts,2025/26,"-3,840"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Non-Early Years Specialist Starts,2026/27,"-6,721"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in the number of Non-Early Years Specialist Starts,2027/28,"-9,779"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Non-Early Years Specialist Cost,2024/25,"-1,333"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Non-Early Years Specialist Cost,2025/26,"-3,840"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Non-Early Years Specialist Cost,2026/27,"-6,721"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Reduction in Non-Early Years Specialist Cost,2027/28,"-9,779"
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Savings Achieved at Annual Reviews,2024/25,-391
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Savings Achieved at Annual Reviews,2025/26,-380
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Savings Achieved at Annual Reviews,2026/27,-380
        E10000018,mtfs-2024-28,TSIL Programme Defined Opportunities,Savings Achieved at Annual Reviews,2027/28,380
        """
}
