import CYPHubCore
import Testing

@Suite struct FiguresTests {
    @Test func computesRatesPer10000AsTheSeedPublishesThem() throws {
        // Seed 000, 4.1: 415 CP plans, 602 CLA, 2,009 CIN among 88,726 children aged 0-17.
        let cp = try #require(Rates.per10000(415, of: 88_726))
        #expect(abs(cp - 46.7732) < 0.0001)
        #expect(FigureFormat.number(cp) == "47")
        #expect(FigureFormat.number(try #require(Rates.per10000(602, of: 88_726))) == "68")
        #expect(FigureFormat.number(try #require(Rates.per10000(2_009, of: 88_726))) == "226")
        #expect(Rates.per10000(1, of: 0) == nil)
    }

    @Test func comparesWithUnroundedValues() throws {
        // CP rate: 46.773 now against 403 / 87,835 × 10,000 = 45.882 thirteen weeks earlier.
        let comparison = Comparison(current: 415.0 / 88_726 * 10_000, previous: 403.0 / 87_835 * 10_000)
        #expect(FigureFormat.number(comparison.change) == "1")
        #expect(FigureFormat.percent(try #require(comparison.percentChange)) == "1.9%")
        #expect(Comparison(current: 1, previous: 0).percentChange == nil)
    }

    @Test func formatsAsReportsPrint() {
        #expect(FigureFormat.number(379_780) == "379,780")
        #expect(FigureFormat.number(-1_792) == "-1,792")
        #expect(FigureFormat.number(-0.04, places: 1) == "0.0")
        #expect(FigureFormat.number(24.05, places: 1) == "24.1")
        #expect(FigureFormat.number(1.005, places: 2) == "1.01")
        #expect(FigureFormat.number(2.5) == "3")
        #expect(FigureFormat.number(-2.5) == "-3")
        #expect(FigureFormat.percent(79.703) == "79.7%")
        #expect(FigureFormat.pounds(5_440) == "£5,440")
        #expect(FigureFormat.pounds(-1_945) == "-£1,945")
        #expect(FigureFormat.rounded(0.125, places: 2) == 0.13)
    }

    @Test func countsDaysAcrossMonthsAndLeapYears() throws {
        let snapshot = try #require(LocalDate(year: 2024, month: 10, day: 4))
        #expect(snapshot.adding(days: -91) == LocalDate(year: 2024, month: 7, day: 5))
        #expect(LocalDate(year: 2024, month: 3, day: 1)!.adding(days: -1) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(parsing: "04/10/2024") == snapshot)
        #expect(LocalDate(parsing: "2024-10-04") == snapshot)
        #expect(LocalDate(parsing: "2024-13-01") == nil)
        #expect(snapshot.description == "2024-10-04")
        #expect(snapshot.ukDescription == "04/10/2024")
        #expect(LocalDate(daysSinceEpoch: 0) == LocalDate(year: 1970, month: 1, day: 1))
        #expect(LocalDate(year: 2000, month: 3, day: 1)!.days(since: LocalDate(year: 2000, month: 2, day: 1)!) == 29)
    }
}
