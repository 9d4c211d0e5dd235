extension SnapshotList {
    private enum CodingKeys: String, CodingKey {
        case authority, dates
    }

    /// Decodes the wire form; an absent repeated field is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        authority = try container.decode(String.self, forKey: .authority)
        dates = try container.decodeRepeated([SnapshotDate].self, forKey: .dates)
    }

    /// Encodes the wire form, leaving empty repeated fields out (see `RepeatedFieldCoding`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(authority, forKey: .authority)
        try container.encodeRepeated(dates, forKey: .dates)
    }
}
