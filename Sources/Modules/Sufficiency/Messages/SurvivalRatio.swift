/// Proto `SurvivalRatio`: one ratio a forecast used, and where it came from.
public struct SurvivalRatio: Sendable, Hashable, Codable {
    /// `births>R`, `R>Y1` … `Y6>Y7` … `Y12>Y13`.
    public var transition: String
    /// The ratio applied.
    public var ratio: Double
    /// The yearly ratios it is the mean of, oldest first (empty for a fallback).
    public var history: [Double]
    /// The academic years those ratios end in.
    public var historyYears: [String]
    /// `history`, `area phase average`, `authority phase average`, `authority average`, `default 1.0`, …
    public var basis: String
}
