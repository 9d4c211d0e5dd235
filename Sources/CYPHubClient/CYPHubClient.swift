public import CYPHubCore
public import CYPHubWire
public import NIOCore
public import NIOPosix

/// A connection to a CYPHub host: async/await calls multiplexed over one TCP connection.
///
/// ```swift
/// let client = try await CYPHubClient.connect(to: "127.0.0.1:7420")
/// defer { Task { await client.close() } }
/// let health = try await client.health()
/// ```
///
/// Conforms to `RPCCaller`, so every module's typed client (e.g. `SocialCareClient`) runs over it.
public final class CYPHubClient: RPCCaller, Sendable {
    private let channel: any Channel
    private let handler: NIOLoopBound<ClientHandler>
    private let schema: ProtoSchema
    private let limits: WireLimits
    private let loopExecutor: ClientLoopExecutor

    /// The event loop the connection runs on, as a task executor. Tasks started with this executor
    /// preference make calls without hopping threads (the benchmark does this).
    public var executor: any TaskExecutor { loopExecutor }

    private init(channel: any Channel, handler: NIOLoopBound<ClientHandler>, schema: ProtoSchema, limits: WireLimits) {
        self.channel = channel
        self.handler = handler
        self.schema = schema
        self.limits = limits
        self.loopExecutor = ClientLoopExecutor(eventLoop: channel.eventLoop)
    }

    /// Connects to `HOST:PORT` and exchanges prefaces.
    public static func connect(
        to address: String,
        limits: WireLimits = WireLimits(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> CYPHubClient {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
            throw RPCError(code: .invalidArgument, message: "server address '\(address)' is not HOST:PORT")
        }
        var host = String(address[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return try await connect(host: host.isEmpty ? "127.0.0.1" : host, port: port, limits: limits, group: group)
    }

    /// Connects to `host`:`port` and exchanges prefaces.
    public static func connect(
        host: String,
        port: Int,
        limits: WireLimits = WireLimits(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> CYPHubClient {
        let schema = try ProtoSchema.load()
        let loop = group.next()
        let preface = loop.makePromise(of: Void.self)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: loop)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .connectTimeout(.seconds(5))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(FrameDecoder(maxPayloadBytes: limits.maxFrameBytes)))
                        try channel.pipeline.syncOperations.addHandler(
                            ClientHandler(schema: schema, limits: limits, prefacePromise: preface))
                    }
                }
                .connect(host: host, port: port)
                .get()
        } catch {
            preface.fail(error)
            throw RPCError(code: .unavailable, message: "cannot connect to \(host):\(port): \(error)", cause: error)
        }
        do {
            try await preface.futureResult.get()
        } catch {
            channel.close(promise: nil)
            throw RPCError(code: .unavailable, message: "\(host):\(port) did not answer with a CYPHub preface: \(error)", cause: error)
        }
        let handler = try await channel.eventLoop.submit {
            NIOLoopBound(try channel.pipeline.syncOperations.handler(type: ClientHandler.self), eventLoop: channel.eventLoop)
        }.get()
        return CYPHubClient(channel: channel, handler: handler, schema: schema, limits: limits)
    }

    /// Closes the connection; calls in flight fail with UNAVAILABLE.
    public func close() async {
        try? await channel.close()
    }

    // MARK: Raw calls (bytes in, bytes out)

    /// The result of a raw call: every response payload and the final status.
    public struct RawResult: Sendable {
        /// The response messages' payloads (decompressed).
        public var messages: [ByteBuffer]
        /// The status the call ended with.
        public var status: Status
    }

    /// Calls `method` with an already-encoded request, returning payloads and status without
    /// interpreting them. For tests, tools and benchmarks.
    public func rawCall(_ method: String, request: ByteBuffer, options: CallOptions = .defaults) async throws -> RawResult {
        let collected = MessageBox()
        let status = try await perform(method, request: request, options: options) { collected.messages.append($0) }
        return RawResult(messages: collected.messages, status: status)
    }

    private func perform(
        _ method: String,
        request: ByteBuffer,
        options: CallOptions,
        onMessage: @escaping (ByteBuffer) -> Void
    ) async throws -> Status {
        let loop = channel.eventLoop
        let handler = self.handler
        let localTimeout = options.timeout.map {
            TimeAmount.nanoseconds(
                Int64(clamping: $0.components.seconds) * 1_000_000_000 + $0.components.attoseconds / 1_000_000_000 + 2_000_000_000)
        }
        let box = CallBox()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Status, any Error>) in
                let call = PendingCall(onMessage: onMessage) { result in
                    continuation.resume(with: result.mapError { $0 as any Error })
                }
                box.call = call
                if loop.inEventLoop {
                    handler.value.start(call, method: method, request: request, options: options, localTimeout: localTimeout)
                } else {
                    loop.execute {
                        handler.value.start(call, method: method, request: request, options: options, localTimeout: localTimeout)
                    }
                }
            }
        } onCancel: {
            loop.execute {
                if let call = box.call { handler.value.cancel(call) }
            }
        }
    }

    // MARK: RPCCaller

    /// Calls a unary method.
    public func unary<Method: UnaryRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions
    ) async throws -> Method.Output {
        let methodSchema = try self.methodSchema(Method.descriptor)
        var payload = ByteBuffer()
        try methodSchema.input.encode(request, into: &payload)
        let result = try await rawCall(Method.descriptor.fullName, request: payload, options: options)
        try Self.check(result.status)
        guard let message = result.messages.first, result.messages.count == 1 else {
            throw RPCError(
                code: .internalError, message: "\(Method.descriptor) answered \(result.messages.count) messages; expected 1")
        }
        return try methodSchema.output.decode(Method.Output.self, from: message, allocationLimit: limits.maxDecodeAllocationBytes)
    }

    /// Calls a server-streaming method, handing each response to `onResponse` in order.
    public func serverStreaming<Method: ServerStreamingRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions,
        onResponse: @escaping @Sendable (Method.Output) async throws -> Void
    ) async throws {
        let methodSchema = try self.methodSchema(Method.descriptor)
        var payload = ByteBuffer()
        try methodSchema.input.encode(request, into: &payload)
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        let limit = limits.maxDecodeAllocationBytes
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await message in stream {
                    try await onResponse(try methodSchema.output.decode(Method.Output.self, from: message, allocationLimit: limit))
                }
            }
            do {
                let status = try await perform(Method.descriptor.fullName, request: payload, options: options) {
                    continuation.yield($0)
                }
                continuation.finish()
                try await group.waitForAll()
                try Self.check(status)
            } catch {
                continuation.finish()
                group.cancelAll()
                throw error
            }
        }
    }

    // MARK: Built-in services

    /// Asks the host's health (or one module's).
    public func health(module: String = "", options: CallOptions = .defaults) async throws -> HealthCheckResponse {
        try await unary(Health.Method.Check.self, request: HealthCheckRequest(module: module), options: options)
    }

    /// Lists the compiled modules, whether each is enabled, and their methods.
    public func modules(options: CallOptions = .defaults) async throws -> ListModulesResponse {
        try await unary(Modules.Method.List.self, request: ListModulesRequest(), options: options)
    }

    private func methodSchema(_ method: MethodDescriptor) throws -> MethodSchema {
        guard let methodSchema = schema.method(method.fullName) else {
            throw RPCError(code: .unimplemented, message: "\(method) is not in this client's schema")
        }
        return methodSchema
    }

    private static func check(_ status: Status) throws {
        if let error = status.error { throw error }
    }
}

private final class CallBox: @unchecked Sendable {
    // @unchecked: set before the call starts, read on the event loop.
    var call: PendingCall?
}

private final class MessageBox: @unchecked Sendable {
    // @unchecked: appended to only on the connection's event loop, read after the call ends.
    var messages: [ByteBuffer] = []
}

/// Runs tasks on the client's event loop.
final class ClientLoopExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(eventLoop: any EventLoop) { self.eventLoop = eventLoop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
