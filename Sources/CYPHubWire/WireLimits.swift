/// Limits of the wire protocol, shared by host and client.
public struct WireLimits: Sendable, Hashable {
    /// The largest frame payload accepted, checked on the length prefix (default 4 MiB).
    public var maxFrameBytes: Int
    /// The largest message after decompression (default 4 MiB).
    public var maxMessageBytes: Int
    /// Messages smaller than this are never compressed (default 1 KiB).
    public var compressionThresholdBytes: Int
    /// The most bytes protobuf-c may allocate to unpack one message (default 16 × the message limit).
    public var maxDecodeAllocationBytes: Int

    /// Creates limits.
    public init(
        maxFrameBytes: Int = 4 * 1024 * 1024,
        maxMessageBytes: Int = 4 * 1024 * 1024,
        compressionThresholdBytes: Int = 1024,
        maxDecodeAllocationBytes: Int? = nil
    ) {
        self.maxFrameBytes = maxFrameBytes
        self.maxMessageBytes = maxMessageBytes
        self.compressionThresholdBytes = compressionThresholdBytes
        self.maxDecodeAllocationBytes = maxDecodeAllocationBytes ?? 16 * maxMessageBytes
    }
}
