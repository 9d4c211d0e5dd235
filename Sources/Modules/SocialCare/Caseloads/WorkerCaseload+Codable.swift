extension WorkerCaseload: Codable {
    /// The wire names of the `WorkerCaseload` message: `families` travels with a `hasFamilies` flag
    /// because proto3 scalars have no presence.
    private enum CodingKeys: String, CodingKey {
        case workerId, teamId, teamType, cases, hasFamilies, families
    }

    /// Decodes the wire form; `families` is `nil` unless `hasFamilies` is true.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hasFamilies = try container.decodeIfPresent(Bool.self, forKey: .hasFamilies) ?? false
        self.init(
            workerId: try container.decodeIfPresent(String.self, forKey: .workerId) ?? "",
            teamId: try container.decodeIfPresent(String.self, forKey: .teamId) ?? "",
            teamType: try container.decode(TeamType.self, forKey: .teamType),
            cases: try container.decodeIfPresent(Int.self, forKey: .cases) ?? 0,
            families: hasFamilies ? try container.decodeIfPresent(Int.self, forKey: .families) ?? 0 : nil
        )
    }

    /// Encodes the wire form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(workerId, forKey: .workerId)
        try container.encode(teamId, forKey: .teamId)
        try container.encode(teamType, forKey: .teamType)
        try container.encode(cases, forKey: .cases)
        try container.encode(families != nil, forKey: .hasFamilies)
        try container.encode(families ?? 0, forKey: .families)
    }
}
