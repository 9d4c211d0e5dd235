public import CYPHubCore
import CYPHubWire
import Logging
import NIOCore
import NIOPosix
import NIOSSL
public import ServiceLifecycle
import Synchronization

/// The TCP server: accepts connections, speaks the wire protocol, dispatches calls.
///
/// A `Service`: run it in a `ServiceGroup` (the `cyphub` executable does) and it shuts down
/// gracefully on SIGTERM/SIGINT: it stops accepting, sends GOAWAY on every connection, lets calls in
/// flight finish for the grace period, then closes what is left. ``stop()`` does the same from code.
public final class HostServer: Service, Sendable {
    let dispatchTable: DispatchTable
    private let listen: ListenAddress
    private let gracePeriod: Duration
    private let group: any EventLoopGroup
    private let tlsContext: NIOSSLContext?
    private let logger: Logger
    private let registry: ConnectionRegistry
    private let scheduler: CallScheduler
    private let zlib: ZlibPool
    private let shutdownState: ShutdownState
    /// The host's metrics, when `metrics.listen` is set.
    let metrics: HostMetrics?
    private let boundPort: EventLoopPromise<Int>
    private let stopSignal: EventLoopPromise<Void>
    /// Which of the two promises have been completed, so `deinit` completes only the others.
    private let settled = Mutex((port: false, stop: false))
    private let summary: @Sendable (Int) -> Void

    init(
        dispatchTable: DispatchTable,
        listen: ListenAddress,
        gracePeriod: Duration,
        group: any EventLoopGroup,
        tlsContext: NIOSSLContext? = nil,
        logger: Logger,
        shutdownState: ShutdownState,
        metrics: HostMetrics? = nil,
        summary: @escaping @Sendable (Int) -> Void
    ) {
        self.shutdownState = shutdownState
        self.metrics = metrics
        self.scheduler = CallScheduler(slots: dispatchTable.limits.maxRunningCalls)
        self.zlib = ZlibPool(capacity: dispatchTable.limits.maxRunningCalls)
        self.dispatchTable = dispatchTable
        self.listen = listen
        self.gracePeriod = gracePeriod
        self.group = group
        self.tlsContext = tlsContext
        self.logger = logger
        self.registry = ConnectionRegistry(limit: dispatchTable.limits.maxConnections)
        let loop = group.next()
        self.boundPort = loop.makePromise(of: Int.self)
        self.stopSignal = loop.makePromise(of: Void.self)
        self.summary = summary
    }

    deinit {
        // A server built but never run (`cyphub check-config`) must still complete its promises.
        // Only unsettled ones are touched: their event loop may already be shut down.
        let (port, stop) = settled.withLock { $0 }
        if !port { boundPort.fail(CancellationError()) }
        if !stop { stopSignal.succeed() }
    }

    private func settlePort(_ result: Result<Int, any Error>) {
        settled.withLock { $0.port = true }
        boundPort.completeWith(result)
    }

    /// The port the server listens on, once it does (useful with port 0).
    public func listeningPort() async throws -> Int {
        try await boundPort.futureResult.get()
    }

    /// Calls waiting for a turn to run.
    public var waitingCalls: Int { scheduler.waitingCount }

    /// The connections open now.
    public var connectionCount: Int { registry.count }

    /// Sets the metrics' gauges to the connections, calls in flight and calls waiting now (before a scrape).
    func sampleGauges() {
        metrics?.sample(connectionsOpen: registry.count, callsInFlight: registry.callsInFlight, callsWaiting: scheduler.waitingCount)
    }

    /// Starts a graceful shutdown, as SIGTERM would: health answers NOT_SERVING from now on.
    public func stop() {
        shutdownState.markShuttingDown()
        let first = settled.withLock { state in
            defer { state.stop = true }
            return !state.stop
        }
        if first { stopSignal.succeed() }
    }

    /// Binds, serves until shutdown, then drains.
    public func run() async throws {
        let dispatchTable = self.dispatchTable
        let registry = self.registry
        let scheduler = self.scheduler
        let zlib = self.zlib
        let metrics = self.metrics
        let limits = dispatchTable.limits
        let tlsContext = self.tlsContext
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            // Replies the peer has not taken count against the connection's buffer (see ConnectionHandler).
            .childChannelOption(
                .writeBufferWaterMark,
                value: .init(low: limits.connectionBufferBytes / 2, high: limits.connectionBufferBytes)
            )
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let handler = ConnectionHandler(
                        dispatchTable: dispatchTable, scheduler: scheduler, registry: registry, zlib: zlib, metrics: metrics,
                        eventLoop: channel.eventLoop
                    )
                    let admission = registry.add(
                        channel, handler: NIOLoopBound(handler, eventLoop: channel.eventLoop), activity: handler.activity)
                    guard admission != .refused else {
                        metrics?.connectionRefused()
                        dispatchTable.logger.warning(
                            "refused a connection: \(registry.limit) connections are open and every one has calls in flight (limits.maxConnections)"
                        )
                        channel.close(promise: nil)
                        return
                    }
                    metrics?.connectionAccepted()
                    // TLS first: the preface and frames run unchanged inside it. The preface timeout, which starts
                    // when the connection opens, covers the handshake too.
                    if let tlsContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext))
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(FrameDecoder(maxPayloadBytes: limits.maxFrameBytes)))
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.bind(host: listen.host, port: listen.port).get()
        } catch {
            settlePort(.failure(error))
            throw HostError.cannotListen(listen.description, "\(error)")
        }
        let port = channel.localAddress?.port ?? listen.port
        settlePort(.success(port))
        summary(port)

        let stopSignal = self.stopSignal
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                try? await stopSignal.futureResult.get()
            } onGracefulShutdown: {
                self.stop()
            }
        } onCancel: {
            self.stop()
        }

        shutdownState.markShuttingDown()
        logger.info("shutting down: no new connections; \(registry.count) open connections draining (grace period \(gracePeriod))")
        try? await channel.close()
        registry.drainAll()
        if await !registry.waitUntilEmpty(timeout: gracePeriod) {
            logger.warning("grace period over: closing \(registry.count) connections and cancelling their calls")
            registry.closeAll()
            _ = await registry.waitUntilEmpty(timeout: .seconds(3600))
        }
        logger.info("stopped")
    }
}

/// Why the host could not start.
public enum HostError: Error, CustomStringConvertible {
    /// The listen address could not be bound.
    case cannotListen(String, String)
    /// A module id in config is not compiled in.
    case unknownModule(ConfigError)
    /// A module registered a method that is not in `Proto/`.
    case methodNotInSchema(module: String, method: String)
    /// The data directory could not be created.
    case dataDirectory(String, String)

    /// A sentence naming what to fix.
    public var description: String {
        switch self {
        case .cannotListen(let address, let reason): "cannot listen on \(address): \(reason)"
        case .unknownModule(let error): error.description
        case .methodNotInSchema(let module, let method):
            "module '\(module)' registers method \(method), which is not in the schema under Proto/ (regenerate with `swift package --allow-writing-to-package-directory generate-proto`)"
        case .dataDirectory(let path, let reason): "cannot use data directory \(path): \(reason)"
        }
    }
}
