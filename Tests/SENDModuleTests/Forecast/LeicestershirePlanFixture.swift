import CYPHubCore
@testable import SENDModule

/// Seed 001 (Leicestershire MTFS 2024/25-2027/28), paragraphs 95 and 96, typed in by hand as a plan,
/// independently of the module's demo CSV (so the demo importer is checked against it).
enum LeicestershirePlanFixture {
    static let plan = HighNeedsPlan(
        authorityCode: "E10000018", planId: "mtfs-2024-28", title: "High Needs Block MTFS 2024/25-2027/28",
        firstYear: FinancialYear(startYear: 2024), yearCount: 4, openingDeficit: 48_501,
        lines: [
            .grantIncome: .explicit([-109_176, -112_430, -115_781, -119_233]),
            .placementCosts: .explicit([120_579, 133_297, 147_279, 162_705]),
            .otherCosts: .explicit([10_679, 11_279, 11_279, 11_279]),
            .commissioningCosts: .explicit([162, 37, 0, 0]),
            .investToSaveCosts: .explicit([986, 986, 986, 986]),
            .otherDsgBlocks: .explicit([-8_060, -8_057, -7_557, -4_957]),
            // Paragraph 81: 2024/25 estimated DSG £697.0m; later years assumed to grow as the High Needs
            // grant line does (112,430 / 109,176 − 1 = 2.98%).
            .totalDsg: .growth(base: 697_000, baseYear: FinancialYear(startYear: 2024), growthPercent: 2.98),
        ],
        workstreams: [
            SavingsWorkstream(
                name: "TSIL Programme Defined Opportunities",
                projection: .explicit([-3_788, -10_976, -19_195, -27_666]),
                details: [
                    SavingsDetailLine(
                        name: "Reduction in the number of EHCP Needs Assessment Requests", amounts: [-228, -660, -1_231, -1_778]),
                    SavingsDetailLine(name: "Reduction in Assessment Conversion Rate", amounts: [-352, -861, -1_430, -1_918]),
                    SavingsDetailLine(name: "Reduced Mainstream EHCP Cost", amounts: [-345, -948, -1_634, -2_315]),
                    SavingsDetailLine(
                        name: "Reduction in the number of Early Years Specialist Starts", amounts: [-587, -1_206, -1_839, -2_478]),
                    SavingsDetailLine(
                        name: "Reduction in the number of Non-Early Years Specialist Starts", amounts: [-1_333, -3_840, -6_721, -9_779]),
                    SavingsDetailLine(name: "Reduction in Non-Early Years Specialist Cost", amounts: [-1_333, -3_840, -6_721, -9_779]),
                    SavingsDetailLine(name: "Savings Achieved at Annual Reviews", amounts: [-391, -380, -380, 380]),
                ]
            ),
            SavingsWorkstream(
                name: "Increase in Local Specialist Places",
                projection: .explicit([-2_480, -5_995, -9_868, -13_803])
            ),
        ],
        source: "seed 001 paragraphs 95-96"
    )
}
