import Testing

@testable import CapitalModule

@Suite("£000 text as whole pounds")
struct ThousandsTests {
    @Test("Parses council figures exactly")
    func parses() throws {
        #expect(try Thousands.pounds("1,146").get() == 1_146_000)
        #expect(try Thousands.pounds("0.5").get() == 500)
        #expect(try Thousands.pounds("-1,693").get() == -1_693_000)
        #expect(try Thousands.pounds("(30)").get() == -30_000)
        #expect(try Thousands.pounds("£24,225.125").get() == 24_225_125)
        #expect(try Thousands.pounds("63555").get() == 63_555_000)
        #expect(try Thousands.pounds("0").get() == 0)
    }

    @Test("Refuses what is not an amount, and more than three decimals")
    func refuses() {
        for text in ["", "abc", "1,14,6", "1.2.3", "1.", "--5", "(-5)", "12,3456", ",100"] {
            #expect(throws: Thousands.ParseFailure.notAnAmount, "\(text)") { try Thousands.pounds(text).get() }
        }
        #expect(throws: Thousands.ParseFailure.tooManyDecimals) { try Thousands.pounds("0.0001").get() }
        #expect(throws: Thousands.ParseFailure.tooLarge) { try Thousands.pounds("1,000,000,000").get() }
    }

    @Test("Formats pounds as £000 text and figures")
    func formats() {
        #expect(Thousands.text(1_146_000) == "1,146")
        #expect(Thousands.text(500) == "0.5")
        #expect(Thousands.text(-1_693_000) == "-1,693")
        #expect(Thousands.text(89_801_000) == "89,801")
        #expect(Thousands.text(1_234_567_890) == "1,234,567.89")
        #expect(Thousands.figure(1_146_000) == 1_146)
        #expect(Thousands.figure(500) == 0.5)
    }

    @Test("Months as council tables print them")
    func months() {
        #expect(YearMonth.parse("Mar-28") == "2028-03")
        #expect(YearMonth.parse("March 2028") == "2028-03")
        #expect(YearMonth.parse("2028-03") == "2028-03")
        #expect(YearMonth.parse("3/2028") == "2028-03")
        #expect(YearMonth.parse("Spring 2028") == nil)
        #expect(YearMonth.parse("2028-13") == nil)
    }
}
