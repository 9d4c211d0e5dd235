/// Caseload figures computed from worker-level records: the pure computation behind the snapshot's
/// caseload rows, shared with any module that needs the same figures (workforce reuses it).
///
/// Definitions, per measure (a team type counted by cases, or by families for Early Help clusters):
/// - highest / lowest worker caseload: the largest / smallest caseload of one worker record;
/// - workers over threshold: records whose caseload is strictly greater than the threshold;
/// - team caseload: the sum of the caseloads of the records with the same team id; the highest of
///   these is the highest team caseload;
/// - total caseload: the sum over all records (for Early Help clusters this is the "EH cases open led
///   by clusters" figure, by individuals and by families).
///
/// Every record counts, including one with 0 cases. Records without a family count are left out of
/// the families measure.
public enum CaseloadAnalysis {
    /// The summaries for every measure that has at least one record, in table order
    /// (``CaseloadMeasure/all``).
    public static func compute(
        records: [WorkerCaseload],
        thresholds: CaseloadThresholds = .defaults
    ) -> [CaseloadSummary] {
        CaseloadMeasure.all.compactMap { summary(for: $0, records: records, thresholds: thresholds) }
    }

    /// The summary for one measure, or `nil` when no record has a caseload on that measure.
    public static func summary(
        for measure: CaseloadMeasure,
        records: [WorkerCaseload],
        thresholds: CaseloadThresholds = .defaults
    ) -> CaseloadSummary? {
        let threshold = thresholds.threshold(for: measure)
        var caseloads: [Int] = []
        var teamTotals: [String: Int] = [:]
        for record in records where record.teamType == measure.teamType {
            guard let caseload = record.caseload(measure.basis) else { continue }
            caseloads.append(caseload)
            teamTotals[record.teamId, default: 0] += caseload
        }
        guard let highest = caseloads.max(), let lowest = caseloads.min() else { return nil }
        // The highest team; ties go to the first team id in order so the answer is stable.
        let highestTeam = teamTotals.min { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
        }
        return CaseloadSummary(
            teamType: measure.teamType,
            basis: measure.basis,
            threshold: threshold,
            workerCount: caseloads.count,
            teamCount: teamTotals.count,
            totalCaseload: caseloads.reduce(0, +),
            highestWorkerCaseload: highest,
            lowestWorkerCaseload: lowest,
            workersOverThreshold: caseloads.count { $0 > threshold },
            highestTeamCaseload: highestTeam?.value ?? 0,
            highestTeamId: highestTeam?.key ?? ""
        )
    }
}
