import CYPHubCore
import Testing
@testable import SENDModule

@Suite struct LineProjectionTests {
    let first = FinancialYear(startYear: 2024)

    @Test func growthFromTheFirstYear() {
        // 100,000 growing 10% a year: 100,000; 110,000; 121,000; 133,100.
        let values = LineProjection.growth(base: 100_000, baseYear: first, growthPercent: 10).values(firstYear: first, count: 4)
        let worked = [100_000.0, 110_000, 121_000, 133_100]
        for (value, expected) in zip(values, worked) { #expect(abs(value - expected) < 1e-6) }
        #expect(values.count == 4)
    }

    @Test func growthFromTheYearBeforeThePlan() {
        // Base 2023/24 = 80,000 at 5%: 2024/25 = 84,000; 2025/26 = 88,200; 2026/27 = 92,610.
        let values = LineProjection.growth(base: 80_000, baseYear: FinancialYear(startYear: 2023), growthPercent: 5)
            .values(firstYear: first, count: 3)
        let worked = [84_000.0, 88_200, 92_610]
        for (value, expected) in zip(values, worked) { #expect(abs(value - expected) < 1e-6) }
    }

    @Test func explicitFiguresPassThrough() {
        #expect(LineProjection.explicit([1, 2, 3]).values(firstYear: first, count: 3) == [1, 2, 3])
    }

    @Test func overridingTheGrowthOfAnExplicitLineKeepsItsFirstYear() {
        // Placements 120,579 in 2024/25 at 12%: 135,048.48; 151,254.2976; 169,404.813312.
        let projection = LineProjection.explicit([120_579, 133_297, 147_279, 162_705]).withGrowth(12, firstYear: first)
        let values = projection.values(firstYear: first, count: 4)
        let worked = [120_579, 135_048.48, 151_254.2976, 169_404.813312]
        for (value, expected) in zip(values, worked) { #expect(abs(value - expected) < 1e-6) }
    }

    @Test func overridingTheGrowthOfAGrowthLineKeepsItsBaseYear() {
        let projection = LineProjection.growth(base: 80_000, baseYear: FinancialYear(startYear: 2023), growthPercent: 5)
            .withGrowth(10, firstYear: first)
        #expect(projection == .growth(base: 80_000, baseYear: FinancialYear(startYear: 2023), growthPercent: 10))
    }

    @Test func financialYearsParseAndPrint() {
        #expect(FinancialYear(parsing: "2024/25") == FinancialYear(startYear: 2024))
        #expect(FinancialYear(parsing: "2024-25") == FinancialYear(startYear: 2024))
        #expect(FinancialYear(parsing: "2099/2100") == FinancialYear(startYear: 2099))
        #expect(FinancialYear(parsing: "2024/26") == nil)
        #expect(FinancialYear(parsing: "24/25") == nil)
        #expect(FinancialYear(startYear: 2008).description == "2008/09")
        #expect(FinancialYear(startYear: 2099).description == "2099/00")
    }
}
