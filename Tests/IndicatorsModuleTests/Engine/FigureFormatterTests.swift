import Testing

@testable import IndicatorsModule

@Suite("Figure formatting")
struct FigureFormatterTests {
    @Test("Units, decimal places and thousands separators")
    func formats() {
        #expect(FigureFormatter.format(2522, as: .number, decimalPlaces: 0) == "2,522")
        #expect(FigureFormatter.format(12968, as: .number, decimalPlaces: 0) == "12,968")
        #expect(FigureFormatter.format(1_234_567.891, as: .number, decimalPlaces: 2) == "1,234,567.89")
        #expect(FigureFormatter.format(291.0 / 333.0 * 100, as: .percent, decimalPlaces: 1) == "87.4%")
        #expect(FigureFormatter.format(49, as: .ratePer10000, decimalPlaces: 1) == "49.0 per 10,000")
        #expect(FigureFormatter.format(-1234.5, as: .gbpThousands, decimalPlaces: 0) == "-£1,235k")
        #expect(FigureFormatter.format(12.25, as: .weeks, decimalPlaces: 1) == "12.3 weeks")
        #expect(FigureFormatter.format(0.07, as: .percent, decimalPlaces: 2) == "0.07%")
        #expect(FigureFormatter.format(-0.04, as: .percent, decimalPlaces: 1) == "0.0%")  // no "-0.0"
    }

    @Test("Changes carry a sign; percentages change in percentage points")
    func changes() {
        #expect(FigureFormatter.formatChange(4.8, as: .percent, decimalPlaces: 1) == "+4.8 pp")
        #expect(FigureFormatter.formatChange(-0.3, as: .percent, decimalPlaces: 1) == "-0.3 pp")
        #expect(FigureFormatter.formatChange(0, as: .percent, decimalPlaces: 1) == "0.0 pp")
        #expect(FigureFormatter.formatChange(158, as: .number, decimalPlaces: 0) == "+158")
        #expect(FigureFormatter.formatChange(-1500, as: .gbpThousands, decimalPlaces: 0) == "-£1,500k")
    }
}
