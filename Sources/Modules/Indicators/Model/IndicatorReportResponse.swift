/// Proto `IndicatorReportResponse`: an authority's performance report and the rules it was built with.
public struct IndicatorReportResponse: Codable, Sendable, Equatable {
    /// The authority's ONS code.
    public var authority: String
    /// Its name, if the authorities dataset has it.
    public var authorityName: String
    /// Its region's code, if known.
    public var regionCode: String
    /// Its region's name, if known.
    public var regionName: String
    /// The period asked for (code); empty when each indicator's latest was asked for.
    public var asAt: String
    /// The period asked for (label).
    public var asAtLabel: String
    /// The neighbour-set version used; empty when the authority has none.
    public var neighbourSetVersion: String
    /// Its effective date.
    public var neighbourSetEffectiveDate: String
    /// The neighbours, closest first.
    public var neighbourCodes: [String]
    /// The no-target rule applied.
    public var noTargetRule: NoTargetBasis
    /// Its amber band, as a percentage of the average.
    public var noTargetTolerancePercent: Double
    /// The trend rule's "No change" band, as a percentage of the previous value.
    public var trendTolerancePercent: Double
    /// Which movements the trend band applies to.
    public var trendToleranceScope: TrendToleranceScope
    /// The fewest reporting authorities for a rank and band.
    public var minimumForBenchmark: Int
    /// One line per indicator the authority reports, in definition order.
    public var lines: [IndicatorReportLine]
}

extension IndicatorReportResponse {
    /// Leaves empty lists out (proto3 reads an absent repeated field as empty); see
    /// ``ListIndicatorsResponse/encode(to:)`` for why.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(authority, forKey: .authority)
        try container.encode(authorityName, forKey: .authorityName)
        try container.encode(regionCode, forKey: .regionCode)
        try container.encode(regionName, forKey: .regionName)
        try container.encode(asAt, forKey: .asAt)
        try container.encode(asAtLabel, forKey: .asAtLabel)
        try container.encode(neighbourSetVersion, forKey: .neighbourSetVersion)
        try container.encode(neighbourSetEffectiveDate, forKey: .neighbourSetEffectiveDate)
        if !neighbourCodes.isEmpty { try container.encode(neighbourCodes, forKey: .neighbourCodes) }
        try container.encode(noTargetRule, forKey: .noTargetRule)
        try container.encode(noTargetTolerancePercent, forKey: .noTargetTolerancePercent)
        try container.encode(trendTolerancePercent, forKey: .trendTolerancePercent)
        try container.encode(trendToleranceScope, forKey: .trendToleranceScope)
        try container.encode(minimumForBenchmark, forKey: .minimumForBenchmark)
        if !lines.isEmpty { try container.encode(lines, forKey: .lines) }
    }
}
