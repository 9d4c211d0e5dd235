extension Snapshot {
    private enum CodingKeys: String, CodingKey {
        case authority, date, demand, derived, caseloads, supervision, comparison, rows
    }

    /// Decodes the wire form; an absent repeated field is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        authority = try container.decode(String.self, forKey: .authority)
        date = try container.decode(String.self, forKey: .date)
        demand = try container.decode(DemandFigures.self, forKey: .demand)
        derived = try container.decode(DerivedFigures.self, forKey: .derived)
        caseloads = try container.decodeRepeated([CaseloadSummary].self, forKey: .caseloads)
        supervision = try container.decodeRepeated([SupervisionCompliance].self, forKey: .supervision)
        comparison = try container.decode(ComparisonBasis.self, forKey: .comparison)
        rows = try container.decodeRepeated([SnapshotRow].self, forKey: .rows)
    }

    /// Encodes the wire form, leaving empty repeated fields out (see `RepeatedFieldCoding`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(authority, forKey: .authority)
        try container.encode(date, forKey: .date)
        try container.encode(demand, forKey: .demand)
        try container.encode(derived, forKey: .derived)
        try container.encodeRepeated(caseloads, forKey: .caseloads)
        try container.encodeRepeated(supervision, forKey: .supervision)
        try container.encode(comparison, forKey: .comparison)
        try container.encodeRepeated(rows, forKey: .rows)
    }
}
