import Testing

@testable import SocialCareModule

@Suite("FigureText")
struct FigureTextTests {
    @Test(
        "counts have thousands separators",
        arguments: [
            (379_780, "379,780"), (6_381, "6,381"), (0, "0"), (-21, "-21"), (-1_234_567, "-1,234,567"), (999, "999"),
            (1_000, "1,000"),
        ])
    func counts(value: Int, expected: String) {
        #expect(FigureText.count(value) == expected)
    }

    @Test("rounding is to nearest, halves away from zero")
    func halves() {
        #expect(FigureText.rounded(2.5, decimals: 0) == 3)
        #expect(FigureText.rounded(-2.5, decimals: 0) == -3)
        #expect(FigureText.rounded(46.773, decimals: 0) == 47)
        // 0.05 is not exact in binary; it still rounds up as a person would: 0.1.
        #expect(FigureText.percent(0.05) == "0.1%")
        #expect(FigureText.percent(-0.05) == "-0.1%")
        #expect(FigureText.percent(0.04999) == "0.0%")
        // 1.005 to two places → 1.01 (binary 1.00499999… would give 1.00 without the tie rule).
        #expect(FigureText.number(1.005, decimals: 2) == "1.01")
    }

    @Test("negative values that round to zero are written without a sign")
    func negativeZero() {
        #expect(FigureText.number(-0.4, decimals: 0) == "0")
        #expect(FigureText.percent(-0.04) == "0.0%")
    }

    @Test("percentages have one decimal and no separators, as the seed writes them")
    func percents() {
        #expect(FigureText.percent(2900) == "2900.0%")
        #expect(FigureText.percent(-66.6667) == "-66.7%")
        #expect(FigureText.number(1234.56, decimals: 1) == "1,234.6")
    }

    @Test("non-finite values are written as a dash")
    func nonFinite() {
        #expect(FigureText.number(.infinity, decimals: 0) == "-")
        #expect(FigureText.percent(.nan) == "-")
    }
}
