/// The caseload above which a worker is counted as "over", per measure.
///
/// A worker is over when their caseload is strictly greater than the threshold: with the default 20,
/// a worker holding 20 cases is not over and one holding 21 is. The defaults are the ones the Leicester
/// snapshot uses: 20 for every team type, except Early Help clusters, 25 by individuals and 8 by
/// families. An authority changes them in the module's settings (`caseloadThresholds`).
public struct CaseloadThresholds: Sendable, Hashable {
    /// The threshold for measures without their own.
    public var standard: Int
    /// Thresholds that differ from ``standard``.
    public var overrides: [CaseloadMeasure: Int]

    /// Creates thresholds; measures not in `overrides` use `standard`.
    public init(standard: Int = 20, overrides: [CaseloadMeasure: Int] = [:]) {
        self.standard = standard
        self.overrides = overrides
    }

    /// The default thresholds: 20, Early Help clusters 25 by individuals and 8 by families.
    public static let defaults = CaseloadThresholds(
        standard: 20,
        overrides: [
            CaseloadMeasure(.earlyHelpCluster, .cases): 25,
            CaseloadMeasure(.earlyHelpCluster, .families): 8,
        ]
    )

    /// The threshold for a measure.
    public func threshold(for measure: CaseloadMeasure) -> Int {
        overrides[measure] ?? standard
    }

    /// The defaults with the given settings applied, keyed by ``CaseloadMeasure/settingsKey``
    /// (`cin`, `early_help_cluster_families`). Unknown keys are ignored here; the module's settings
    /// reader rejects them before this is called.
    public func applying(settings: [String: Int]) -> CaseloadThresholds {
        var result = self
        for measure in CaseloadMeasure.all {
            if let value = settings[measure.settingsKey] {
                result.overrides[measure] = value
            }
        }
        return result
    }
}
