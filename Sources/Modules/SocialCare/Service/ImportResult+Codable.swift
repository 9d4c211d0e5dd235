extension ImportResult {
    private enum CodingKeys: String, CodingKey {
        case dataset, fileName, rowsStored, rowsReplaced, snapshots
    }

    /// Decodes the wire form; an absent repeated field is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dataset = try container.decode(Dataset.self, forKey: .dataset)
        fileName = try container.decode(String.self, forKey: .fileName)
        rowsStored = try container.decode(Int.self, forKey: .rowsStored)
        rowsReplaced = try container.decode(Int.self, forKey: .rowsReplaced)
        snapshots = try container.decodeRepeated([SnapshotKey].self, forKey: .snapshots)
    }

    /// Encodes the wire form, leaving empty repeated fields out (see `RepeatedFieldCoding`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dataset, forKey: .dataset)
        try container.encode(fileName, forKey: .fileName)
        try container.encode(rowsStored, forKey: .rowsStored)
        try container.encode(rowsReplaced, forKey: .rowsReplaced)
        try container.encodeRepeated(snapshots, forKey: .snapshots)
    }
}
