public import CYPHubCore

/// A metadata entry (`cyphub.host.v1.Metadata`).
public struct MetadataEntry: Codable, Sendable, Hashable {
    /// Lower-case key.
    public var key: String
    /// Value.
    public var value: String

    /// Creates an entry.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Entries from a dictionary, sorted by key.
    public static func entries(_ dictionary: [String: String]) -> [MetadataEntry] {
        dictionary.sorted { $0.key < $1.key }.map { MetadataEntry(key: $0.key, value: $0.value) }
    }

    /// A dictionary from entries (the last of a repeated key wins).
    public static func dictionary(_ entries: [MetadataEntry]) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries { result[entry.key.lowercased()] = entry.value }
        return result
    }
}

/// The payload of a CALL_START frame (`cyphub.host.v1.CallStart`).
public struct CallStartPayload: Codable, Sendable, Hashable {
    /// `package.Service/Method`.
    public var method: String
    /// Milliseconds the client waits; 0: no deadline.
    public var timeoutMs: UInt64
    /// Call metadata.
    public var metadata: [MetadataEntry]
    /// Encodings accepted for responses (`zlib`).
    public var acceptEncoding: [String]

    /// Creates a payload.
    public init(method: String, timeoutMs: UInt64 = 0, metadata: [MetadataEntry] = [], acceptEncoding: [String] = []) {
        self.method = method
        self.timeoutMs = timeoutMs
        self.metadata = metadata
        self.acceptEncoding = acceptEncoding
    }
}

/// The payload of a CALL_END frame (`cyphub.host.v1.Status`).
public struct StatusPayload: Codable, Sendable, Hashable {
    /// A gRPC status code number.
    public var code: Int32
    /// For a person.
    public var message: String
    /// For a program.
    public var metadata: [MetadataEntry]

    /// Creates a payload.
    public init(code: Int32, message: String, metadata: [MetadataEntry] = []) {
        self.code = code
        self.message = message
        self.metadata = metadata
    }

    /// The status of a successful call.
    public static let ok = StatusPayload(code: 0, message: "")

    /// The status for an error.
    public init(_ error: RPCError) {
        self.init(code: error.code.rawValue, message: error.message, metadata: MetadataEntry.entries(error.metadata))
    }
}

/// The payload of a GOAWAY frame (`cyphub.host.v1.GoAway`).
public struct GoAwayPayload: Codable, Sendable, Hashable {
    /// The highest call id the sender will still finish.
    public var lastCallId: UInt32
    /// Why, as a status code number.
    public var code: Int32
    /// Why, for a person.
    public var message: String

    /// Creates a payload.
    public init(lastCallId: UInt32, code: Int32, message: String) {
        self.lastCallId = lastCallId
        self.code = code
        self.message = message
    }
}
