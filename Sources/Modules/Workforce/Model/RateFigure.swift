/// Proto `cyphub.workforce.v1.RateFigure`: a rate as a percentage, with its numerator and denominator.
public struct RateFigure: Codable, Sendable, Equatable {
    /// The numerator (FTE).
    public var numerator: Double
    /// The denominator (FTE).
    public var denominator: Double
    /// False when the denominator is zero: the rate is undefined (not zero).
    public var hasPercent: Bool
    /// numerator ÷ denominator × 100, unrounded; 0 when ``hasPercent`` is false.
    public var percent: Double

    /// Creates a rate from its parts.
    public init(numerator: Double, denominator: Double, hasPercent: Bool, percent: Double) {
        self.numerator = numerator
        self.denominator = denominator
        self.hasPercent = hasPercent
        self.percent = percent
    }

    /// The wire form of a computed ratio, as a percentage.
    public init(_ ratio: WorkforceRatio) {
        self.init(
            numerator: ratio.numerator, denominator: ratio.denominator, hasPercent: ratio.percent != nil,
            percent: ratio.percent ?? 0
        )
    }
}
