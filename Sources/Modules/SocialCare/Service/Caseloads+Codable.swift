extension Caseloads {
    private enum CodingKeys: String, CodingKey {
        case authority, date, summaries, workers
    }

    /// Decodes the wire form; an absent repeated field is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        authority = try container.decode(String.self, forKey: .authority)
        date = try container.decode(String.self, forKey: .date)
        summaries = try container.decodeRepeated([CaseloadSummary].self, forKey: .summaries)
        workers = try container.decodeRepeated([WorkerCaseload].self, forKey: .workers)
    }

    /// Encodes the wire form, leaving empty repeated fields out (see `RepeatedFieldCoding`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(authority, forKey: .authority)
        try container.encode(date, forKey: .date)
        try container.encodeRepeated(summaries, forKey: .summaries)
        try container.encodeRepeated(workers, forKey: .workers)
    }
}
