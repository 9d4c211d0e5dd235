import CYPHubCore
import Foundation

/// Turns figures into the text a person reads: thousands separators, the indicator's decimal places and
/// its unit (`2,522`, `87.4%`, `49.0 per 10,000`, `£1,234k`, `12.5 weeks`), and `c` for a suppressed figure.
public enum FigureFormatter {
    /// What a suppressed figure is shown as: the core's ``SmallNumberRule/marker``.
    public static var suppressedMark: String { SmallNumberRule.marker }

    /// `value` rounded to `decimalPlaces` with thousands separators and the unit of `valueType` (none when
    /// it is `unspecified`).
    public static func format(_ value: Double, as valueType: ValueType, decimalPlaces: Int) -> String {
        let number = grouped(value, decimalPlaces: decimalPlaces)
        switch valueType {
        case .unspecified, .number: return number
        case .percent: return number + "%"
        case .ratePer10000: return number + " per 10,000"
        case .gbpThousands:
            return number.hasPrefix("-") ? "-£" + number.dropFirst() + "k" : "£" + number + "k"
        case .weeks: return number + " weeks"
        }
    }

    /// A change with an explicit sign (`+4.8 pp`, `-0.3 pp`, `+158`, `-£12k`, `0.0 pp`); percentages change
    /// in percentage points (`pp`).
    public static func formatChange(_ change: Double, as valueType: ValueType, decimalPlaces: Int) -> String {
        let rounded = DecimalRounding.round(change, places: max(0, decimalPlaces))
        let magnitude = grouped(abs(rounded), decimalPlaces: decimalPlaces)
        let sign = rounded > 0 ? "+" : (rounded < 0 ? "-" : "")
        switch valueType {
        case .percent: return sign + magnitude + " pp"
        case .gbpThousands: return sign + "£" + magnitude + "k"
        case .unspecified, .ratePer10000, .number: return sign + magnitude
        case .weeks: return sign + magnitude + " weeks"
        }
    }

    /// `value` rounded to `decimalPlaces` (half away from zero) with comma thousands separators.
    public static func grouped(_ value: Double, decimalPlaces: Int) -> String {
        let places = max(0, decimalPlaces)
        let rounded = DecimalRounding.round(value, places: places)
        let fixed = String(format: "%.\(places)f", abs(rounded))
        let parts = fixed.split(separator: ".", maxSplits: 1).map(String.init)
        let whole = parts.first ?? "0"
        var groupedWhole = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { groupedWhole.append(",") }
            groupedWhole.append(character)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        let negative = rounded < 0 && (Double(fixed) ?? 0) != 0
        return (negative ? "-" : "") + groupedWhole + fraction
    }
}
