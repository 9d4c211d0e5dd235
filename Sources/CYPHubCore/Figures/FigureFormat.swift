/// Formats figures as council reports print them: thousands separators, fixed decimals, half away from zero.
public enum FigureFormat {
    /// Rounds half away from zero to `places` decimals (reports round 0.5 up, not to even).
    ///
    /// A value typed as an exact half (24.05 to one place) is often a hair below it in binary
    /// (240.49999999999997 after scaling); such near-halves are rounded as the half they were typed as.
    public static func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow10(places)
        return roundedScaled(value * scale) / scale
    }

    static func roundedScaled(_ scaled: Double) -> Double {
        let magnitude = abs(scaled)
        let floor = magnitude.rounded(.down)
        let fraction = magnitude - floor
        let tolerance = 1e-9 * max(1, magnitude)
        let result = abs(fraction - 0.5) <= tolerance ? floor + 1 : magnitude.rounded(.toNearestOrAwayFromZero)
        return scaled < 0 ? -result : result
    }

    /// `12,968`, `-1,792`, `46.8` (with `places: 1`), `0.0` for a negative zero.
    public static func number(_ value: Double, places: Int = 0) -> String {
        let scale = pow10(places)
        let scaled = roundedScaled(abs(value) * scale)
        let negative = value < 0 && scaled != 0
        let whole = Int64(scaled / scale)
        let fraction = Int64(scaled) - whole * Int64(scale)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if places > 0 {
            let fractionText = String(fraction)
            grouped += "." + String(repeating: "0", count: places - fractionText.count) + fractionText
        }
        return (negative ? "-" : "") + grouped
    }

    /// `79.7%`.
    public static func percent(_ value: Double, places: Int = 1) -> String { number(value, places: places) + "%" }

    /// `£5,440`.
    public static func pounds(_ value: Double, places: Int = 0) -> String {
        value < 0 ? "-£" + number(-value, places: places) : "£" + number(value, places: places)
    }

    private static func pow10(_ places: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, places) { result *= 10 }
        return result
    }
}
