import CYPHubCore

/// The indicators module's snapshots: for each period an authority has observations in, the performance report as of
/// that period (`Report` with that period: each indicator's latest observation ending on or before it), one row per
/// indicator keyed by its id (aggregate; small numbers already withheld by the engine). The module holds figures per
/// authority and period, not records of children, so it publishes no record snapshots.
struct IndicatorsSnapshots: SnapshotSource {
    let handlers: IndicatorsHandlers

    /// The aggregate snapshot's columns: a report line's fields, and which of them were withheld.
    static let columns = [
        "name", "value_type", "polarity", "frequency", "decimal_places", "period", "period_label", "value", "value_display",
        "has_numerator", "numerator", "has_denominator", "denominator", "has_previous", "previous_period", "previous_value",
        "previous_display", "has_change", "change", "change_display", "has_change_percent", "change_percent", "trend",
        "target_display", "rag", "rag_basis", "has_rank", "rank", "reporting_count", "quartile_band", "quartile_letter",
        "has_neighbour_average", "neighbour_average", "neighbour_average_display", "neighbours_reporting",
        "england_display", "region_display", "source", "suppressed",
    ]

    func availableSnapshots(authority: String) async throws -> [SnapshotName] {
        try await periods(authority: authority).map {
            SnapshotName(module: "indicators", authority: authority, period: $0.code, kind: .aggregate)
        }
    }

    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent {
        guard name.kind == .aggregate else {
            throw RPCError.notFound("the indicators module holds no record-level data: snapshot \(name) does not exist")
        }
        guard let period = ReportingPeriod(parsing: name.period), period.code == name.period else {
            throw RPCError.invalidArgument(
                "period: '\(EchoedText.quoted(name.period))' is not a period code (FY2023-24-Q4, AY2023-24-SPR, AY2022-23, 2024-03)")
        }
        guard try await periods(authority: name.authority).contains(period) else {
            throw RPCError.notFound("no indicator observations for \(name.authority) in \(period.code)")
        }
        let report = try await handlers.report(IndicatorReportRequest(authority: name.authority, period: period.code))
            .suppressingSmallNumbers()
        return SnapshotContent(columns: Self.columns, rows: report.lines.map(Self.row))
    }

    /// The periods `authority` has observations in, oldest first.
    private func periods(authority: String) async throws -> [ReportingPeriod] {
        let codes = try await handlers.storage.read { db in
            try db.rows("SELECT DISTINCT period FROM ind_observations WHERE authority_code = ?", [.text(authority)])
                .map { try $0.string("period") }
        }
        return Set(codes.compactMap(ReportingPeriod.init(parsing:))).sorted()
    }

    /// The fields of `line` withheld: the value (with its numerator) when it is a small number, the previous value
    /// when that is, and the change beside either.
    static func withheld(_ line: IndicatorReportLine) -> [String] {
        var fields: [String] = []
        if line.suppressed { fields += ["value", "value_display", "numerator"] }
        if line.previousSuppressed { fields += ["previous_value", "previous_display"] }
        if line.hasPrevious, line.suppressed || line.previousSuppressed {
            fields += ["change", "change_display", "change_percent"]
        }
        return fields
    }

    /// One indicator's line, keyed by the indicator's id.
    static func row(_ line: IndicatorReportLine) -> SnapshotDataRow {
        func flag(_ value: Bool) -> SnapshotValue { .integer(value ? 1 : 0) }
        return SnapshotDataRow(
            key: line.indicatorId,
            values: [
                .text(line.name), .text(line.valueType.rawValue), .text(line.polarity.rawValue), .text(line.frequency.rawValue),
                .integer(Int64(line.decimalPlaces)), .text(line.period), .text(line.periodLabel), .decimal(line.value),
                .text(line.valueDisplay), flag(line.hasNumerator), .decimal(line.numerator), flag(line.hasDenominator),
                .decimal(line.denominator), flag(line.hasPrevious), .text(line.previousPeriod), .decimal(line.previousValue),
                .text(line.previousDisplay), flag(line.hasChange), .decimal(line.change), .text(line.changeDisplay),
                flag(line.hasChangePercent), .decimal(line.changePercent), .text(line.trend.rawValue),
                .text(line.target?.display ?? ""), .text(line.rag.rawValue), .text(line.ragBasis.rawValue), flag(line.hasRank),
                .integer(Int64(line.rank)), .integer(Int64(line.reportingCount)), .integer(Int64(line.quartileBand)),
                .text(line.quartileLetter),
                flag(line.hasNeighbourAverage), .decimal(line.neighbourAverage), .text(line.neighbourAverageDisplay),
                .integer(Int64(line.neighboursReporting)), .text(line.england?.display ?? ""), .text(line.region?.display ?? ""),
                .text(line.source), .text(withheld(line).joined(separator: ",")),
            ])
    }
}
