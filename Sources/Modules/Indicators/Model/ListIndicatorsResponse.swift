/// Proto `ListIndicatorsResponse`: every indicator definition held, in definition order.
public struct ListIndicatorsResponse: Codable, Sendable, Equatable {
    /// The indicators.
    public var indicators: [IndicatorSummary]
}

extension ListIndicatorsResponse {
    /// Leaves an empty list out (proto3 reads an absent repeated field as empty). The core's
    /// `ProtoEncoder` would otherwise take an empty array of any element type for `bytes`, because Swift
    /// casts `[]` to `[UInt8]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !indicators.isEmpty { try container.encode(indicators, forKey: .indicators) }
    }
}
