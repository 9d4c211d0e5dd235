import CYPHubCore

/// Compliance (%) = supervisions held within timescale / supervisions due × 100, over the supervisions that fell
/// due in the reporting period. It is kept unrounded; the snapshot table shows it to one decimal place and computes
/// its change from the unrounded values.
extension SupervisionCompliance {
    /// Computes compliance from the counts; it is undefined (``hasPercentCompliant`` false) when nothing fell due.
    ///
    /// Given only the counts, this is the initializer Swift picks over the generated one (which would leave the
    /// percentage unset).
    public init(area: SupervisionArea, supervisionsDue: Int, supervisionsInTimescale: Int) {
        let percent = Self.percent(inTimescale: supervisionsInTimescale, due: supervisionsDue)
        self.init(
            area: area,
            supervisionsDue: supervisionsDue,
            supervisionsInTimescale: supervisionsInTimescale,
            hasPercentCompliant: percent != nil,
            percentCompliant: percent ?? 0
        )
    }

    /// In timescale / due × 100, or `nil` when nothing fell due.
    public static func percent(inTimescale: Int, due: Int) -> Double? {
        guard due > 0 else { return nil }
        return Rates.percent(Double(inTimescale), of: Double(due))
    }

    /// The compliance as an optional: `nil` when nothing fell due.
    public var percentage: Double? { hasPercentCompliant ? percentCompliant : nil }
}
