import CYPHubCore

/// Supervision compliance for one area on one snapshot date, computed from counts.
///
/// Compliance (%) = supervisions held within timescale / supervisions due × 100, over the supervisions
/// that fell due in the reporting period. It is kept unrounded; the snapshot table shows it to one
/// decimal place and computes its change from the unrounded values.
///
/// Property names are a wire contract: they are the lowerCamel JSON names of the
/// `SupervisionCompliance` message in `cyphub/socialcare/v1/socialcare.proto`.
public struct SupervisionCompliance: Sendable, Hashable, Codable {
    /// The area.
    public var area: SupervisionArea
    /// Supervisions that fell due.
    public var supervisionsDue: Int
    /// Of those, the supervisions held within timescale.
    public var supervisionsInTimescale: Int
    /// Whether ``percentCompliant`` is defined (it is not when nothing fell due).
    public var hasPercentCompliant: Bool
    /// In timescale / due × 100, unrounded; 0 when ``hasPercentCompliant`` is false.
    public var percentCompliant: Double

    /// Computes compliance from the counts.
    public init(area: SupervisionArea, supervisionsDue: Int, supervisionsInTimescale: Int) {
        self.area = area
        self.supervisionsDue = supervisionsDue
        self.supervisionsInTimescale = supervisionsInTimescale
        if let percent = Self.percent(inTimescale: supervisionsInTimescale, due: supervisionsDue) {
            self.hasPercentCompliant = true
            self.percentCompliant = percent
        } else {
            self.hasPercentCompliant = false
            self.percentCompliant = 0
        }
    }

    /// In timescale / due × 100, or `nil` when nothing fell due.
    public static func percent(inTimescale: Int, due: Int) -> Double? {
        guard due > 0 else { return nil }
        return Rates.percent(Double(inTimescale), of: Double(due))
    }

    /// The compliance as an optional: `nil` when nothing fell due.
    public var percentage: Double? { hasPercentCompliant ? percentCompliant : nil }
}
