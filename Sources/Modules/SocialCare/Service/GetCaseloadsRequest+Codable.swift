extension GetCaseloadsRequest {
    private enum CodingKeys: String, CodingKey {
        case authority, date, teamTypes, includeWorkers
    }

    /// Decodes the wire form; an absent repeated field is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        authority = try container.decode(String.self, forKey: .authority)
        date = try container.decode(String.self, forKey: .date)
        teamTypes = try container.decodeRepeated([TeamType].self, forKey: .teamTypes)
        includeWorkers = try container.decode(Bool.self, forKey: .includeWorkers)
    }

    /// Encodes the wire form, leaving empty repeated fields out (see `RepeatedFieldCoding`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(authority, forKey: .authority)
        try container.encode(date, forKey: .date)
        try container.encodeRepeated(teamTypes, forKey: .teamTypes)
        try container.encode(includeWorkers, forKey: .includeWorkers)
    }
}
