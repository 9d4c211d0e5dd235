/// A CSV dataset: one template each (see `docs/modules/social-care.md`).
///
/// The raw values are the wire names (`DATASET_WORKER_CASELOADS` is `worker_caseloads`).
public enum Dataset: String, Codable, Sendable, Hashable, CaseIterable {
    /// Not set: refused by ``SocialCareModule/importCSV``.
    case unspecified
    /// One row per authority and snapshot date: the imported counts.
    case demandSnapshot = "demand_snapshot"
    /// One row per worker per snapshot date.
    case workerCaseloads = "worker_caseloads"
    /// One row per supervision area per snapshot date.
    case supervision

    /// Decodes a wire name; an absent field (proto3 default) is ``unspecified``.
    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let dataset = name.isEmpty ? .unspecified : Dataset(rawValue: name) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(name)' is not a dataset")
            )
        }
        self = dataset
    }

    /// The datasets a file can be imported into.
    public static let importable: [Dataset] = [.demandSnapshot, .workerCaseloads, .supervision]
}
