/// Everything one snapshot reports, ready to be tabled: the imported counts, the caseload summaries
/// computed from worker records and the supervision compliance computed from counts.
public struct SnapshotFigures: Sendable, Hashable {
    /// The imported counts.
    public var demand: DemandFigures
    /// Caseload summaries per measure (empty when the snapshot has no worker records).
    public var caseloads: [CaseloadSummary]
    /// Supervision compliance per area (empty when the snapshot has no supervision counts).
    public var supervision: [SupervisionCompliance]

    /// Creates the figures.
    public init(demand: DemandFigures, caseloads: [CaseloadSummary] = [], supervision: [SupervisionCompliance] = []) {
        self.demand = demand
        self.caseloads = caseloads
        self.supervision = supervision
    }

    /// The summary for a measure, if the snapshot has workers on it.
    public func caseload(_ measure: CaseloadMeasure) -> CaseloadSummary? {
        caseloads.first { $0.measure == measure }
    }

    /// The compliance for an area, if the snapshot has counts for it.
    public func supervision(_ area: SupervisionArea) -> SupervisionCompliance? {
        supervision.first { $0.area == area }
    }
}
