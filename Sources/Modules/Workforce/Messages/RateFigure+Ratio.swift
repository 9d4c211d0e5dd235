extension RateFigure {
    /// A computed ratio as a percentage, undefined (``hasPercent`` false) when its denominator is not positive.
    public init(_ ratio: WorkforceRatio) {
        self.init(
            numerator: ratio.numerator, denominator: ratio.denominator, hasPercent: ratio.percent != nil,
            percent: ratio.percent ?? 0)
    }
}
