import Testing

@testable import IndicatorsModule

@Suite("Reporting periods")
struct ReportingPeriodTests {
    @Test("Canonical codes and labels for each frequency")
    func codesAndLabels() throws {
        let q4 = try #require(ReportingPeriod.quarter(4, ofFinancialYearStarting: 2023))
        #expect(q4.code == "FY2023-24-Q4")
        #expect(q4.label == "Q4 2023/24")
        let spring = try #require(ReportingPeriod.term(.spring, ofAcademicYearStarting: 2023))
        #expect(spring.code == "AY2023-24-SPR")
        #expect(spring.label == "Spring 2024")  // the spring term of 2023/24 is in calendar 2024
        let autumn = try #require(ReportingPeriod.term(.autumn, ofAcademicYearStarting: 2023))
        #expect(autumn.label == "Autumn 2023")
        let academic = try #require(ReportingPeriod.academicYear(starting: 2022))
        #expect(academic.code == "AY2022-23")
        #expect(academic.label == "AY 2022/23")
        let financial = try #require(ReportingPeriod.financialYear(starting: 2099))
        #expect(financial.code == "FY2099-00")  // the century rolls over in the two-digit end year
        let month = try #require(ReportingPeriod.month(3, of: 2024))
        #expect(month.code == "2024-03")
        #expect(month.label == "Mar 2024")
    }

    @Test(
        "Parsing accepts codes and labels, case-insensitively",
        arguments: [
            ("FY2023-24-Q4", "FY2023-24-Q4"), ("fy2023-24-q4", "FY2023-24-Q4"), ("Q4 2023/24", "FY2023-24-Q4"),
            ("AY2023-24-SPR", "AY2023-24-SPR"), ("Spring 2024", "AY2023-24-SPR"), ("Autumn 2023", "AY2023-24-AUT"),
            ("Summer 2024", "AY2023-24-SUM"), ("AY2022-23", "AY2022-23"), ("AY 2022/23", "AY2022-23"),
            ("FY 2023/24", "FY2023-24"), ("2024-03", "2024-03"), ("Mar 2024", "2024-03"), (" 2024-12 ", "2024-12"),
        ])
    func parsing(text: String, code: String) {
        #expect(ReportingPeriod(parsing: text)?.code == code)
    }

    @Test(
        "Parsing rejects malformed codes",
        arguments: [
            "", "2024-13", "2024-00", "FY2023-25", "FY2023-24-Q5", "FY2023-24-Q0", "AY2023-24-WIN", "Q4 2023/25",
            "Winter 2024", "2023/24", "FY2023", "24-03", "FY2023-24-Q4-X",
        ])
    func rejects(text: String) {
        #expect(ReportingPeriod(parsing: text) == nil)
    }

    @Test("Periods order chronologically and step back correctly")
    func ordering() throws {
        let q3 = try #require(ReportingPeriod(parsing: "FY2023-24-Q3"))
        let q4 = try #require(ReportingPeriod(parsing: "FY2023-24-Q4"))
        let q1Next = try #require(ReportingPeriod(parsing: "FY2024-25-Q1"))
        #expect(q3 < q4 && q4 < q1Next)
        #expect(q1Next.preceding == q4)
        #expect(q4.yearEarlier.code == "FY2022-23-Q4")
        let autumn = try #require(ReportingPeriod(parsing: "AY2024-25-AUT"))
        #expect(autumn.preceding.code == "AY2023-24-SUM")
        let january = try #require(ReportingPeriod(parsing: "2024-01"))
        #expect(january.preceding.code == "2023-12")
        // Q4 2023/24 (Jan-Mar 2024) ends with spring 2024 and the March 2024 month; AY 2022/23 ends in
        // August 2023, before Q3 2023/24 (Oct-Dec 2023) ends.
        let spring = try #require(ReportingPeriod(parsing: "Spring 2024"))
        #expect(spring.lastMonthNumber == q4.lastMonthNumber)
        #expect(try #require(ReportingPeriod(parsing: "2024-03")).lastMonthNumber == q4.lastMonthNumber)
        let academic = try #require(ReportingPeriod(parsing: "AY2022-23"))
        #expect(academic.lastMonthNumber < q3.lastMonthNumber)
        // The financial year and its fourth quarter end together: the longer period sorts first.
        let year = try #require(ReportingPeriod(parsing: "FY2023-24"))
        #expect(year < q4)
    }
}
