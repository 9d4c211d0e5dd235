import CYPHubCore
import Testing

@testable import CapitalModule

@Suite("£000 text as whole pounds")
struct ThousandsTests {
    /// Reads `text` as the `amount` cell of a one-row file through the module's accessor.
    static func pounds(_ text: String) throws -> Int {
        let csv = "amount\n\"\(text)\"\n"
        let table = try CSVTable.parse(csv, fileName: "a.csv", requiredColumns: ["amount"])
        return try table.records[0].thousands("amount")
    }

    /// The reason `text` is refused.
    static func refusal(_ text: String) throws -> String {
        do {
            _ = try pounds(text)
        } catch let issue as ImportIssue {
            #expect(issue.file == "a.csv")
            #expect(issue.line == 2)
            #expect(issue.column == "amount")
            return issue.reason
        }
        Issue.record("'\(text)' was accepted")
        return ""
    }

    @Test("Parses council figures exactly")
    func parses() throws {
        #expect(try Self.pounds("1,146") == 1_146_000)
        #expect(try Self.pounds("0.5") == 500)
        #expect(try Self.pounds("-1,693") == -1_693_000)
        #expect(try Self.pounds("(30)") == -30_000)
        #expect(try Self.pounds("£24,225.125") == 24_225_125)
        #expect(try Self.pounds("63555") == 63_555_000)
        #expect(try Self.pounds("0") == 0)
        #expect(try Self.pounds("999,999,999.999") == Thousands.maximumPounds)
    }

    @Test("Refuses what is not an amount, bad groupings, more than three decimals and overflow")
    func refuses() throws {
        for text in ["abc", "1.2.3", "1.", "--5", "1e3"] {
            #expect(try Self.refusal(text) == "'\(text)' is not an amount in £000 (e.g. 1,146 or 0.5 or -30)")
        }
        for text in ["1,14,6", "25,00,00", "1,,234", "1,234,"] {
            #expect(
                try Self.refusal(text)
                    == "'\(text)' is not an amount in £000: thousands separators must separate groups of three digits")
        }
        for text in ["12,5", "12,3456", ",100"] {
            #expect(
                try Self.refusal(text)
                    == "'\(text)' is not an amount in £000: thousands separators must separate groups of three digits; "
                    + "write decimals with a point (12.5)")
        }
        #expect(try Self.refusal("(-5)") == "'(-5)' is not an amount in £000: it is negative twice (brackets and a minus sign)")
        #expect(try Self.refusal("0.0001") == "'0.0001' has more than 3 decimals; amounts are in £000, exact to the pound")
        #expect(try Self.refusal("1,000,000,000") == "'1,000,000,000' is too large for an amount in £000")
        #expect(try Self.refusal("99999999999999999999") == "'99999999999999999999' is too large for an amount in £000")
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
