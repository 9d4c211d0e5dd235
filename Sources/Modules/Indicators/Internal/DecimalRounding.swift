import Foundation

/// Rounds binary doubles the way a person rounds the decimal they see: the value is taken at its
/// shortest round-tripping decimal form (`24.05`, not `24.0499999...`) and rounded half away from zero.
enum DecimalRounding {
    /// `value` rounded to `places` decimal places (half away from zero). Non-finite values pass through.
    static func round(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return value }
        guard var decimal = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) else {
            let scale = pow(10, Double(places))
            return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
        }
        var result = Decimal()
        NSDecimalRound(&result, &decimal, places, .plain)
        // Back through text: Foundation's Decimal-to-Double conversion is not correctly rounded on every
        // platform (0.07 came back as 0.06999999999999999).
        return Double(result.description) ?? NSDecimalNumber(decimal: result).doubleValue
    }

    /// Rounds away floating-point noise (to 9 decimal places) before an exact comparison.
    static func clean(_ value: Double) -> Double {
        round(value, places: 9)
    }
}
