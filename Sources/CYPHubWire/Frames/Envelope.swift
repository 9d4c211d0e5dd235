public import CYPHubCore

// The envelope messages (`Proto/cyphub/host/v1/host.proto`: `CallStart`, `Status`, `GoAway`, `Metadata`) are
// generated into CYPHubCore; these are the conveniences the wire adds to them.

extension Metadata {
    /// Entries from a dictionary, sorted by key.
    public static func entries(_ dictionary: [String: String]) -> [Metadata] {
        dictionary.sorted { $0.key < $1.key }.map { Metadata(key: $0.key, value: $0.value) }
    }

    /// A dictionary from entries, keys lower-cased (the last of a repeated key wins).
    public static func dictionary(_ entries: [Metadata]) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries { result[entry.key.lowercased()] = entry.value }
        return result
    }
}

extension Status {
    /// The status of a successful call: every field at its default (an empty payload on the wire).
    public static let ok = Status()

    /// The status for an error.
    public init(_ error: RPCError) {
        self.init(code: Int(error.code.rawValue), message: error.message, metadata: Metadata.entries(error.metadata))
    }

    /// The status as an error; `nil` for OK.
    public var error: RPCError? {
        guard code != 0 else { return nil }
        return RPCError(
            code: StatusCode(rawValue: Int32(clamping: code)), message: message, metadata: Metadata.dictionary(metadata))
    }
}
