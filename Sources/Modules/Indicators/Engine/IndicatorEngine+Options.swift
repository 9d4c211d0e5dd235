extension IndicatorEngine {
    /// The rules an ``IndicatorEngine`` applies beyond each definition's own target and tolerance.
    public struct Options: Sendable, Hashable {
        /// How the trend wording is decided.
        public var trendRule: TrendRule
        /// How indicators without a local target are rated.
        public var noTargetRule: NoTargetRule
        /// The fewest reporting authorities (including the one reported on) for a rank and quartile band
        /// to be given; below it quartiles say nothing.
        public var minimumForBenchmark: Int
        /// Whether small numbers are suppressed (partner-facing output). Only internal, non-published
        /// views should turn this off.
        public var suppressSmallNumbers: Bool

        /// Creates options; the defaults compare trends at displayed precision, rate only indicators with a
        /// target, need 4 authorities for a band and suppress small numbers.
        public init(
            trendRule: TrendRule = .displayedPrecision,
            noTargetRule: NoTargetRule = .none,
            minimumForBenchmark: Int = 4,
            suppressSmallNumbers: Bool = true
        ) {
            self.trendRule = trendRule
            self.noTargetRule = noTargetRule
            self.minimumForBenchmark = minimumForBenchmark
            self.suppressSmallNumbers = suppressSmallNumbers
        }

        /// The conventions that reproduce seed 002's trend and RAG columns: ``TrendRule/seed002`` and
        /// ``NoTargetRule/seed002``.
        public static let seed002 = Options(trendRule: .seed002, noTargetRule: .seed002)
    }
}
