import NIOCore

/// The limits that protect host and client from large, numerous, slow or idle peers: declared once, here, and used by
/// the wire codec, the client, the host's connection handling, the host's configuration (`limits.*`) and the limits a
/// host reports on the wire (`Health/Check`).
public struct WireLimits: Sendable, Hashable {
    /// The longest method name a CALL_START may carry, in UTF-8 bytes (not a setting).
    public static let maxMethodNameBytes = 256

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
    /// Open connections a host keeps; at the limit a new connection replaces the longest-idle one, or is closed
    /// when every connection has a call in flight (default 1,000).
    public var maxConnections: Int
    /// Module handlers running at once across the host; further calls wait their turn, taken from each connection in
    /// rotation (default 2 × the processor count).
    public var maxRunningCalls: Int
    /// Host memory one connection may hold in requests waiting or running and replies not yet taken by the peer:
    /// above it the host stops reading from the connection until the peer catches up (default 8 MiB).
    public var connectionBufferBytes: Int
    /// How long a connection may stay over ``connectionBufferBytes`` with the peer taking nothing before it gets
    /// GOAWAY `RESOURCE_EXHAUSTED` and is closed (default 30 s).
    public var stalledWriteTimeout: Duration
    /// How long a new connection has to send the preface (default 10 s).
    public var prefaceTimeout: Duration
    /// How long a connection with no call in flight may send nothing (any frame, PING included, resets it) before it
    /// gets GOAWAY and is closed (default 5 minutes).
    public var idleTimeout: Duration

    /// Creates limits.
    public init(
        maxFrameBytes: Int = 4 * 1024 * 1024,
        maxMessageBytes: Int = 4 * 1024 * 1024,
        compressionThresholdBytes: Int = 1024,
        maxDecodeAllocationBytes: Int? = nil,
        maxCallsPerConnection: Int = 100,
        maxConnections: Int = 1000,
        maxRunningCalls: Int? = nil,
        connectionBufferBytes: Int = 8 * 1024 * 1024,
        stalledWriteTimeout: Duration = .seconds(30),
        prefaceTimeout: Duration = .seconds(10),
        idleTimeout: Duration = .seconds(300)
    ) {
        self.maxFrameBytes = maxFrameBytes
        self.maxMessageBytes = maxMessageBytes
        self.compressionThresholdBytes = compressionThresholdBytes
        self.maxDecodeAllocationBytes = maxDecodeAllocationBytes ?? 16 * maxMessageBytes
        self.maxCallsPerConnection = maxCallsPerConnection
        self.maxConnections = maxConnections
        self.maxRunningCalls = maxRunningCalls ?? 2 * max(1, System.coreCount)
        self.connectionBufferBytes = connectionBufferBytes
        self.stalledWriteTimeout = stalledWriteTimeout
        self.prefaceTimeout = prefaceTimeout
        self.idleTimeout = idleTimeout
    }
}
