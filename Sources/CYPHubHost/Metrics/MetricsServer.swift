import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
public import ServiceLifecycle
import Synchronization

/// The metrics endpoint: `GET /metrics` answers the host's metrics in Prometheus text format (version 0.0.4) on an
/// address of its own (`metrics.listen`); anything else is 404 (see README, "Metrics").
///
/// A `Service` in the host's list, placed first so that the `ServiceGroup`, which stops services in reverse order,
/// stops it last: the metrics stay readable while the host drains.
public final class MetricsServer: Service, Sendable {
    let metrics: HostMetrics
    private let listen: ListenAddress
    private let group: any EventLoopGroup
    private let logger: Logger
    private let beforeScrape: @Sendable () -> Void
    private let boundPort = BoundPort()
    private let connections = OpenChannels()

    init(
        listen: ListenAddress, metrics: HostMetrics, group: any EventLoopGroup, logger: Logger,
        beforeScrape: @escaping @Sendable () -> Void
    ) {
        self.listen = listen
        self.metrics = metrics
        self.group = group
        self.logger = logger
        self.beforeScrape = beforeScrape
    }

    /// The port it listens on, once it does (useful with port 0).
    public func listeningPort() async throws -> Int {
        try await boundPort.value()
    }

    /// What `GET /metrics` answers now: the gauges sampled, then every series in Prometheus text format.
    public func exposition() -> [UInt8] {
        beforeScrape()
        return metrics.exposition()
    }

    /// Binds, answers scrapes until graceful shutdown, then closes the port and its connections.
    public func run() async throws {
        let connections = self.connections
        let scrape: @Sendable () -> [UInt8] = { [self] in exposition() }
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 16)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(scrape: scrape))
                    connections.add(channel)
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.bind(host: listen.host, port: listen.port).get()
        } catch {
            boundPort.settle(.failure(error))
            throw HostError.cannotListen("\(listen) (metrics.listen)", "\(error)")
        }
        let port = channel.localAddress?.port ?? listen.port
        boundPort.settle(.success(port))
        logger.info("metrics on http://\(ListenAddress(host: listen.host, port: port))/metrics")
        try? await gracefulShutdown()
        try? await channel.close()
        connections.closeAll()
        logger.info("metrics endpoint stopped")
    }
}

/// The port a server bound, or why it could not, for callers waiting on it.
private final class BoundPort: Sendable {
    private struct State {
        var result: Result<Int, any Error>?
        var waiters: [CheckedContinuation<Int, any Error>] = []
    }

    private let state = Mutex(State())

    func settle(_ result: Result<Int, any Error>) {
        let waiters = state.withLock { state in
            state.result = result
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(with: result) }
    }

    func value() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let result: Result<Int, any Error>? = state.withLock { state in
                if state.result == nil { state.waiters.append(continuation) }
                return state.result
            }
            if let result { continuation.resume(with: result) }
        }
    }
}

/// The scrapers' connections, closed at shutdown.
private final class OpenChannels: Sendable {
    private let channels = Mutex<[ObjectIdentifier: any Channel]>([:])

    func add(_ channel: any Channel) {
        let key = ObjectIdentifier(channel)
        channels.withLock { $0[key] = channel }
        channel.closeFuture.whenComplete { _ in self.channels.withLock { _ = $0.removeValue(forKey: key) } }
    }

    func closeAll() {
        for channel in channels.withLock({ Array($0.values) }) { channel.close(promise: nil) }
    }
}
