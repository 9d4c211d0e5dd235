import CYPHubCore
import Testing

/// The one number grammar every module's CSV import uses.
@Suite struct CSVNumberTests {
    static let money: CSVNumber.Options = [.decimals, .pound, .brackets]

    static func whole(_ text: String) throws(CSVNumber.Failure) -> Int {
        try CSVNumber(parsing: text).integer()
    }

    static func decimal(_ text: String, _ options: CSVNumber.Options = [.decimals]) throws(CSVNumber.Failure) -> Double? {
        try CSVNumber(parsing: text, allowing: options).double
    }

    @Test func acceptsWholeNumbersInValidGroupsOfThree() throws {
        let cases: [(String, Int)] = [
            ("0", 0), ("7", 7), ("1234567", 1_234_567), ("1,234", 1_234), ("12,345", 12_345), ("123,456", 123_456),
            ("1,234,567", 1_234_567), ("250,000", 250_000), ("012", 12), ("-1,234", -1_234), ("+5", 5), ("-0", 0),
        ]
        for (text, expected) in cases {
            #expect(try Self.whole(text) == expected, "\(text)")
        }
    }

    @Test func refusesEveryBadGrouping() {
        let cases: [(String, CSVNumber.Failure)] = [
            ("25,00,00", .separatorGroups), ("5,0000", .separatorGroups), ("12,5", .separatorGroups),
            (",123", .separatorGroups), ("1,,234", .separatorGroups), ("1,234,", .separatorGroups),
            ("1234,567", .separatorGroups), ("1,23,456", .separatorGroups), (",", .separatorGroups),
            ("-,123", .separatorGroups), ("0,500", .separatorLeadingZero), ("00,500", .separatorLeadingZero),
        ]
        for (text, failure) in cases {
            #expect(throws: failure, "\(text)") { try Self.whole(text) }
        }
    }

    @Test func aLoneCommaInADecimalColumnIsCalledADecimalComma() {
        for text in ["12,5", "5,0000", ",123", "1,23"] {
            #expect(throws: CSVNumber.Failure.decimalComma, "\(text)") { try Self.decimal(text) }
        }
        // More than one comma, or a point as well, is a plain grouping error.
        for text in ["25,00,00", "1,,234", "1,234,", "12,5.25"] {
            #expect(throws: CSVNumber.Failure.separatorGroups, "\(text)") { try Self.decimal(text) }
        }
        #expect(throws: CSVNumber.Failure.separatorAfterPoint) { try Self.decimal("1.234,5") }
        #expect(throws: CSVNumber.Failure.separatorAfterPoint) { try Self.decimal("1,234.567,8") }
    }

    @Test func readsDecimals() throws {
        let cases: [(String, Double)] = [
            ("1,234.5", 1_234.5), ("1,234,567.25", 1_234_567.25), ("12.5", 12.5), (".5", 0.5), ("-.5", -0.5),
            ("0.1", 0.1), ("1234.5", 1_234.5),
        ]
        for (text, expected) in cases {
            #expect(try Self.decimal(text) == expected, "\(text)")
        }
        #expect(try Self.decimal("1.5E+07", [.decimals, .exponent]) == 15_000_000)
        #expect(try Self.decimal("2,500e-3", [.decimals, .exponent]) == 2.5)
        #expect(try Self.decimal("12.5%", [.decimals, .percent]) == 12.5)
        #expect(throws: CSVNumber.Failure.decimalsNotAllowed) { try Self.whole("1.5") }
        #expect(throws: CSVNumber.Failure.decimalsNotAllowed) { try Self.whole("1,234.0") }
        for text in ["1.", ".", "1.2.3", "1.5E+07", "12.5%", "1e", "e5", "abc", "-", "--5", "1 234", "0x10", "nan", "inf", "1_000"] {
            #expect(throws: CSVNumber.Failure.notANumber, "\(text)") { try Self.decimal(text) }
        }
        #expect(throws: CSVNumber.Failure.notANumber) { try Self.decimal("1e", [.decimals, .exponent]) }
    }

    @Test func readsNegativesAndMoneyOnlyWhereAllowed() throws {
        let cases: [(String, Double)] = [
            ("(1,234)", -1_234), ("£1,234.50", 1_234.5), ("-£5", -5), ("£-5", -5), ("(£30)", -30), ("£(30)", -30),
            ("£ 1,234", 1_234), ("( 1,234 )", -1_234), ("-1,234", -1_234),
        ]
        for (text, expected) in cases {
            #expect(try Self.decimal(text, Self.money) == expected, "\(text)")
        }
        #expect(throws: CSVNumber.Failure.negativeTwice) { try Self.decimal("(-5)", Self.money) }
        for text in ["-(5)", "(5", "5)", "()", "££5", "1,234£", "(£1,23)x"] {
            #expect(throws: CSVNumber.Failure.notANumber, "\(text)") { try Self.decimal(text, Self.money) }
        }
        #expect(throws: CSVNumber.Failure.separatorGroups) { try Self.decimal("(25,00,00)", Self.money) }
        #expect(throws: CSVNumber.Failure.separatorGroups) { try Self.decimal("£5,0000.00", Self.money) }
        // Without the options, `£` and brackets are not numbers.
        #expect(throws: CSVNumber.Failure.notANumber) { try Self.decimal("£5") }
        #expect(throws: CSVNumber.Failure.notANumber) { try Self.decimal("(5)") }
    }

    @Test func holdsExactValuesAndReportsOverflow() throws {
        #expect(try Self.whole("9,223,372,036,854,775,807") == Int.max)
        #expect(throws: CSVNumber.Failure.tooLarge) { try Self.whole("9,223,372,036,854,775,808") }
        #expect(throws: CSVNumber.Failure.tooLarge) { try Self.whole("-99999999999999999999") }
        #expect(try Self.decimal("1e400", [.decimals, .exponent]) == nil)
        let amount = try CSVNumber(parsing: "£24,225.125", allowing: Self.money)
        #expect(amount.wholeDigits == "24225")
        #expect(amount.fractionDigits == "125")
        #expect(try amount.integer(scaledBy: 3) == 24_225_125)
        #expect(try CSVNumber(parsing: "0.5000", allowing: Self.money).integer(scaledBy: 3) == 500)
        #expect(try CSVNumber(parsing: "1.5e3", allowing: [.decimals, .exponent]).integer() == 1_500)
        #expect(throws: CSVNumber.Failure.tooManyDecimals(places: 3)) {
            try CSVNumber(parsing: "0.0001", allowing: Self.money).integer(scaledBy: 3)
        }
        #expect(throws: CSVNumber.Failure.tooLarge) {
            try CSVNumber(parsing: "9,223,372,036,854,775.807", allowing: Self.money).integer(scaledBy: 4)
        }
    }

    @Test func refusalsNameTheValueAndTheRule() {
        #expect(
            CSVNumberFormat.number.refusal("25,00,00", .separatorGroups)
                == "'25,00,00' is not a number: thousands separators must separate groups of three digits")
        #expect(CSVNumberFormat.wholeNumber.refusal("lots", .notANumber) == "'lots' is not a whole number")
        let pounds = CSVNumberFormat(name: "an amount in pounds", example: "e.g. 3495", options: [.pound])
        #expect(pounds.refusal("five", .notANumber) == "'five' is not an amount in pounds (e.g. 3495)")
        #expect(
            pounds.refusal("(-5)", .negativeTwice)
                == "'(-5)' is not an amount in pounds: it is negative twice (brackets and a minus sign)")
    }

    @Test func recordAccessorsNameFileLineAndColumn() throws {
        let csv = """
            id,count,share,note
            a,"25,00,00",1,
            b,"5,0000","12,5",
            c,"1,234","1,234.5",
            d,99999999999999999999,"0,5",
            e,1.5,1e400,
            f,"-1,234",12%,
            """
        let table = try CSVTable.parse(csv, fileName: "n.csv", requiredColumns: ["id", "count", "share", "note"])
        let error = try #require(throws: ImportError.self) {
            try table.map { record throws(ImportIssue) in
                (try record.int("count", range: -5_000...Int(Int32.max)), try record.double("share"))
            }
        }
        #expect(
            error.issues.map(\.description) == [
                "n.csv:2: column count: '25,00,00' is not a whole number: thousands separators must separate groups of three digits",
                "n.csv:3: column count: '5,0000' is not a whole number: thousands separators must separate groups of three digits",
                "n.csv:5: column count: '99999999999999999999' is outside -5000...2147483647",
                "n.csv:6: column count: '1.5' is not a whole number",
            ])
        let shares = try #require(throws: ImportError.self) {
            try table.map { record throws(ImportIssue) in try record.double("share") }
        }
        #expect(
            shares.issues.map(\.description) == [
                "n.csv:3: column share: '12,5' is not a number: thousands separators must separate groups of three digits; write decimals with a point (12.5)",
                "n.csv:5: column share: '0,5' is not a number: thousands separators must separate groups of three digits; write decimals with a point (12.5)",
                "n.csv:6: column share: '1e400' is not a number: it is too large",
            ])
        #expect(try table.records[2].int("count") == 1_234)
        #expect(try table.records[2].double("share") == 1_234.5)
        #expect(try table.records[5].int("count", range: -5_000...0) == -1_234)
        #expect(try table.records[5].double("share") == 12)
        #expect(try table.records[0].optionalInt("note") == nil)
    }
}
