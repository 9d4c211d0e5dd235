/// The limits that protect host and client from large or numerous requests: declared once, here, and used by the
/// wire codec, the client, the host's connection handling and the host's configuration (`limits.*`).
public struct WireLimits: Sendable, Hashable {
    /// The largest frame payload accepted, checked on the length prefix (default 4 MiB).
    public var maxFrameBytes: Int
    /// The largest message after decompression (default 4 MiB).
    public var maxMessageBytes: Int
    /// Messages smaller than this are never compressed (default 1 KiB).
    public var compressionThresholdBytes: Int
    /// The most bytes protobuf-c may allocate to unpack one message (default 16 × the message limit).
    public var maxDecodeAllocationBytes: Int
    /// Calls in flight on one connection; more are refused with RESOURCE_EXHAUSTED (default 100).
    public var maxCallsPerConnection: Int
    /// Open connections a host accepts; more are closed on accept (default 1,000).
    public var maxConnections: Int

    /// Creates limits.
    public init(
        maxFrameBytes: Int = 4 * 1024 * 1024,
        maxMessageBytes: Int = 4 * 1024 * 1024,
        compressionThresholdBytes: Int = 1024,
        maxDecodeAllocationBytes: Int? = nil,
        maxCallsPerConnection: Int = 100,
        maxConnections: Int = 1000
    ) {
        self.maxFrameBytes = maxFrameBytes
        self.maxMessageBytes = maxMessageBytes
        self.compressionThresholdBytes = compressionThresholdBytes
        self.maxDecodeAllocationBytes = maxDecodeAllocationBytes ?? 16 * maxMessageBytes
        self.maxCallsPerConnection = maxCallsPerConnection
        self.maxConnections = maxConnections
    }
}
