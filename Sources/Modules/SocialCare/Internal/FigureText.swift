/// Rounding and writing figures the way the snapshot table publishes them.
///
/// The core's `FigureFormat` rounds `value × 10^places` directly, so a tie that binary cannot hold
/// exactly (0.05%, 1.005) may round down, and it puts thousands separators in percentages; the seed
/// writes `2900.0%`. This type keeps the module's published figures exactly as worked by hand.
///
/// Rounding is to the nearest, halves away from zero (0.25 → 0.3, −0.25 → −0.3). A value within a
/// relative 1e-9 of a half is treated as the half, so a ratio whose exact value is a tie (such as
/// 0.05%) rounds as a person working it by hand would, despite binary representation error.
enum FigureText {
    /// `value` rounded to `decimals` places, halves away from zero.
    static func rounded(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite, abs(value) < 1e15 else { return value }
        let (units, scale) = scaledUnits(value, decimals: decimals)
        return Double(units) / scale
    }

    /// A whole number with thousands separators: `379,780`, `-1,234`, `0`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return value < 0 ? "-\(grouped)" : grouped
    }

    /// A number rounded to `decimals` places with thousands separators in the whole part
    /// (`46.773` → `47`; `79.703` with 1 → `79.7`); negative zero is written `0`.
    static func number(_ value: Double, decimals: Int, separators: Bool = true) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "-" }
        let (units, scale) = scaledUnits(value, decimals: decimals)
        let magnitude = units.magnitude
        let divisor = UInt64(scale)
        let whole = Int(magnitude / divisor)
        let fraction = magnitude % divisor
        var text = separators ? count(whole) : String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return units < 0 ? "-\(text)" : text
    }

    /// A percentage to `decimals` places with `%` and no thousands separators, as the seed writes
    /// them (`1.9%`, `-66.7%`, `2900.0%`).
    static func percent(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "-" }
        return number(value, decimals: decimals, separators: false) + "%"
    }

    /// `value × 10^decimals` rounded to a whole number (halves away from zero), and the scale.
    private static func scaledUnits(_ value: Double, decimals: Int) -> (Int64, Double) {
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        let scaled = value * scale
        let floor = scaled.rounded(.down)
        let fraction = scaled - floor
        let tolerance = 1e-9 * max(1, abs(scaled))
        let units: Double
        if abs(fraction - 0.5) <= tolerance {
            units = scaled < 0 ? floor : floor + 1  // a half: away from zero
        } else {
            units = scaled.rounded(.toNearestOrAwayFromZero)
        }
        return (Int64(units), scale)
    }
}
