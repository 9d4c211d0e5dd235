public import CYPHubCore
public import CYPHubWire
public import NIOCore
public import NIOPosix
import NIOSSL

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

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
    /// `Bearer <token>`, sent as `authorization` metadata with every call; nil: no credentials.
    private let authorization: String?

    /// The event loop the connection runs on, as a task executor. Tasks started with this executor
    /// preference make calls without hopping threads (the benchmark does this).
    public var executor: any TaskExecutor { loopExecutor }

    private init(
        channel: any Channel, handler: NIOLoopBound<ClientHandler>, schema: ProtoSchema, limits: WireLimits, token: String?
    ) {
        self.authorization = token.map { "Bearer \($0)" }
        self.channel = channel
        self.handler = handler
        self.schema = schema
        self.limits = limits
        self.loopExecutor = ClientLoopExecutor(eventLoop: channel.eventLoop)
    }

    /// Connects to `HOST:PORT` (an IPv6 address in brackets: `[::1]:7420`) and exchanges prefaces. With `keepAlive`, the
    /// client sends a PING at that interval while no call is in flight, so that the host's idle timeout (5 minutes by
    /// default; `Health/Check` reports it) does not close a connection kept open between calls.
    ///
    /// An address that is not `HOST:PORT` with a port from 1 to 65535 is `INVALID_ARGUMENT`; a peer that cannot be
    /// reached, is not a CYPHub host, or sends no preface within `connectTimeout` is `UNAVAILABLE`.
    ///
    /// With `tls`, the connection is TLS 1.2 or 1.3 and the preface and frames run inside it; `connectTimeout` covers the
    /// handshake too. A CA, certificate or key file that cannot be read is `INVALID_ARGUMENT`; a handshake that fails (a
    /// host certificate no trusted CA signed, a host that requires a client certificate) is `UNAVAILABLE` saying so.
    ///
    /// With `token`, every call carries `authorization: Bearer <token>` in its metadata (gRPC's convention), unless
    /// the call's own ``CallOptions/metadata`` sets `authorization`. A token that is empty or holds a space or a
    /// control character is `INVALID_ARGUMENT` (the message never quotes it).
    public static func connect(
        to address: String,
        tls: ClientTLS? = nil,
        token: String? = nil,
        limits: WireLimits = WireLimits(),
        connectTimeout: Duration = .seconds(5),
        keepAlive: Duration? = nil,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> CYPHubClient {
        try await connect(
            ServerAddress(parsing: address), tls: tls, token: token, limits: limits, connectTimeout: connectTimeout,
            keepAlive: keepAlive, group: group)
    }

    /// Checks that `address` is `HOST:PORT` with a port from 1 to 65535 (an IPv6 address in brackets), as
    /// ``connect(to:tls:token:limits:connectTimeout:keepAlive:group:)`` requires; `INVALID_ARGUMENT` quoting it when not.
    public static func validate(address: String) throws(RPCError) {
        _ = try ServerAddress(parsing: address)
    }

    /// Connects to `host`:`port` and exchanges prefaces (`tls`, `token` and `keepAlive` as for
    /// ``connect(to:tls:token:limits:connectTimeout:keepAlive:group:)``).
    public static func connect(
        host: String,
        port: Int,
        tls: ClientTLS? = nil,
        token: String? = nil,
        limits: WireLimits = WireLimits(),
        connectTimeout: Duration = .seconds(5),
        keepAlive: Duration? = nil,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> CYPHubClient {
        try await connect(
            ServerAddress(host: host, port: port), tls: tls, token: token, limits: limits, connectTimeout: connectTimeout,
            keepAlive: keepAlive, group: group)
    }

    /// Connects; `firstCallID` lets tests start the call ids near the wrap-around.
    static func connect(
        _ address: ServerAddress,
        tls: ClientTLS? = nil,
        token: String? = nil,
        limits: WireLimits,
        connectTimeout: Duration,
        keepAlive: Duration? = nil,
        group: any EventLoopGroup,
        firstCallID: UInt32 = 1
    ) async throws -> CYPHubClient {
        if let token { try validate(token: token) }
        let schema = try ProtoSchema.load()
        let loop = group.next()
        // One budget for the TCP connection and the preface exchange together.
        let timeout = TimeAmount.nanoseconds(CallDeadline.nanoseconds(connectTimeout))
        let deadline = NIODeadline.now() + timeout
        let peer = address.description
        let tlsContext = try tls?.makeContext()
        // Verify the certificate against the name connected to; an IP address is checked against the certificate's
        // IP addresses (and is never sent as SNI).
        let serverName = tls?.serverName ?? ((try? SocketAddress(ipAddress: address.host, port: 0)) == nil ? address.host : nil)
        let preface = loop.makePromise(of: NIOLoopBound<ClientHandler>.self)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: loop)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .connectTimeout(timeout)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if let tlsContext {
                            try channel.pipeline.syncOperations.addHandler(
                                NIOSSLClientHandler(context: tlsContext, serverHostname: serverName))
                        } else {
                            try channel.pipeline.syncOperations.addHandler(TLSSniffer())
                        }
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(FrameDecoder(maxPayloadBytes: limits.maxFrameBytes)))
                        try channel.pipeline.syncOperations.addHandler(
                            ClientHandler(
                                schema: schema, limits: limits, peer: peer, prefacePromise: preface,
                                keepAlive: keepAlive.map { TimeAmount.nanoseconds(CallDeadline.nanoseconds($0)) },
                                firstCallID: firstCallID, tls: tlsContext != nil))
                    }
                }
                .connect(host: address.host, port: address.port)
                .get()
        } catch {
            preface.fail(error)
            throw RPCError(code: .unavailable, message: "cannot connect to \(peer): \(connectFailure(error))", cause: error)
        }
        let timer = loop.scheduleTask(deadline: deadline) {
            preface.fail(RPCError(code: .unavailable, message: "\(peer) sent no CYPHub preface within \(connectTimeout)"))
        }
        do {
            let handler = try await preface.futureResult.get()
            timer.cancel()
            return CYPHubClient(channel: channel, handler: handler, schema: schema, limits: limits, token: token)
        } catch {
            timer.cancel()
            channel.close(promise: nil)
            throw RPCError(wrapping: error)
        }
    }

    /// Checks that `token` can be sent as metadata: not empty, no space or control character. `INVALID_ARGUMENT`
    /// when not, never quoting it.
    public static func validate(token: String) throws(RPCError) {
        guard !token.isEmpty else { throw RPCError.invalidArgument("the token is empty") }
        guard token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else {
            throw RPCError.invalidArgument("the token holds a space or a control character (a line break?): give it on one line")
        }
    }

    /// Closes the connection; calls in flight fail with UNAVAILABLE ("the client closed the connection").
    public func close() async {
        let handler = self.handler
        try? await channel.eventLoop.submit { handler.value.closeByClient() }.get()
        try? await channel.closeFuture.get()
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
    /// interpreting them. For tests, tools and benchmarks. `endStream`: follow the request with END_STREAM, for a
    /// client-streaming method called with one request.
    public func rawCall(
        _ method: String, request: ByteBuffer, options: CallOptions = .defaults, endStream: Bool = false
    ) async throws -> RawResult {
        let collected = MessageBox()
        let status = try await perform(method, request: request, options: options, endStream: endStream) {
            collected.messages.append($0)
        }
        return RawResult(messages: collected.messages, status: status)
    }

    /// Runs one call: starts it on the event loop and waits for its status. Swift task cancellation sends CANCEL
    /// and ends the call `CANCELLED`; a task already cancelled never reaches the wire.
    private func perform(
        _ method: String,
        request: ByteBuffer,
        options: CallOptions,
        maxMessages: Int? = nil,
        endStream: Bool = false,
        onMessage: @escaping (ByteBuffer) -> Void
    ) async throws -> Status {
        if Task.isCancelled { throw PendingCall.cancelledByCaller }
        let options = withCredentials(options)
        let loop = channel.eventLoop
        let handler = self.handler
        let deadline = options.timeout.map(CallDeadline.init(timeout:))
        let call = PendingCall(method: method, maxMessages: maxMessages, onMessage: onMessage)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Status, any Error>) in
                call.onEnd = { continuation.resume(with: $0.mapError { $0 as any Error }) }
                if loop.inEventLoop {
                    handler.value.start(call, request: request, options: options, deadline: deadline, endStream: endStream)
                } else {
                    loop.execute { handler.value.start(call, request: request, options: options, deadline: deadline, endStream: endStream) }
                }
            }
        } onCancel: {
            // Always queued: it runs after the start queued above, or marks a call not yet started.
            loop.execute { handler.value.cancel(call) }
        }
    }

    /// `options` with the client's `authorization` added, unless they set their own.
    private func withCredentials(_ options: CallOptions) -> CallOptions {
        guard let authorization, options.metadata["authorization"] == nil else { return options }
        var options = options
        options.metadata["authorization"] = authorization
        return options
    }

    private func encode(_ request: some ProtoMessage, as methodSchema: MethodSchema) throws -> ByteBuffer {
        var payload = ByteBuffer()
        do {
            try methodSchema.input.encode(request, into: &payload)
        } catch {
            throw RPCError(wrapping: error)
        }
        return payload
    }

    private static func decode<Output: ProtoMessage>(
        _ type: Output.Type, from payload: ByteBuffer, as methodSchema: MethodSchema, allocationLimit: Int
    ) throws -> Output {
        do {
            return try methodSchema.output.decode(Output.self, from: payload, allocationLimit: allocationLimit)
        } catch {
            throw RPCError(
                code: .internalError, message: "the host's answer to \(methodSchema.name) could not be decoded: \(error)", cause: error)
        }
    }

    // MARK: RPCCaller

    /// Calls a unary method. An answer of other than exactly one message is `INTERNAL`; a second message ends
    /// the call at once (with CANCEL to the host).
    public func unary<Method: UnaryRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions
    ) async throws -> Method.Output {
        let methodSchema = try self.methodSchema(Method.descriptor)
        let payload = try encode(request, as: methodSchema)
        let collected = MessageBox()
        let status = try await perform(Method.descriptor.fullName, request: payload, options: options, maxMessages: 1) {
            collected.messages.append($0)
        }
        try Self.check(status)
        guard let message = collected.messages.first, collected.messages.count == 1 else {
            throw PendingCall.wrongMessageCount(method: Method.descriptor.fullName, count: collected.messages.count)
        }
        return try Self.decode(Method.Output.self, from: message, as: methodSchema, allocationLimit: limits.maxDecodeAllocationBytes)
    }

    /// Calls a server-streaming method, handing each response to `onResponse` in order. If `onResponse` throws (or
    /// a response cannot be decoded), the call is cancelled (CANCEL to the host) and the error is thrown.
    public func serverStreaming<Method: ServerStreamingRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions,
        onResponse: @escaping @Sendable (Method.Output) async throws -> Void
    ) async throws {
        let methodSchema = try self.methodSchema(Method.descriptor)
        let payload = try encode(request, as: methodSchema)
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        let limit = limits.maxDecodeAllocationBytes
        let status = try await withThrowingTaskGroup(of: Status?.self) { group in
            group.addTask {
                for await message in stream {
                    try await onResponse(try Self.decode(Method.Output.self, from: message, as: methodSchema, allocationLimit: limit))
                }
                return nil
            }
            group.addTask {
                defer { continuation.finish() }
                return try await self.perform(Method.descriptor.fullName, request: payload, options: options) {
                    continuation.yield($0)
                }
            }
            // The first to fail (the call, or the consumer) cancels the other; otherwise every response is handed
            // over before the status is looked at.
            var status: Status?
            for try await result in group where result != nil { status = result }
            return status
        }
        if let status { try Self.check(status) }
    }

    /// Calls a client-streaming method: CALL_START, one MESSAGE per request as `requests` yields it (waiting while the
    /// host is not taking bytes), then END_STREAM, and the one response. If the host ends the call first (a refused
    /// request), sending stops and its status is thrown; if `requests` throws, CANCEL is sent (the host keeps nothing)
    /// and that error is thrown; cancelling the task cancels the call.
    public func clientStreaming<Method: ClientStreamingRPCMethod, Requests: AsyncSequence>(
        _ method: Method.Type, requests: Requests, options: CallOptions
    ) async throws -> Method.Output where Requests.Element == Method.Input {
        let methodSchema = try self.methodSchema(Method.descriptor)
        if Task.isCancelled { throw PendingCall.cancelledByCaller }
        let options = withCredentials(options)
        let loop = channel.eventLoop
        let handler = self.handler
        let deadline = options.timeout.map(CallDeadline.init(timeout:))
        let collected = MessageBox()
        let call = PendingCall(method: Method.descriptor.fullName, maxMessages: 1) { collected.messages.append($0) }
        let ended = loop.makePromise(of: Status.self)
        call.onEnd = { ended.completeWith($0.mapError { $0 as any Error }) }
        loop.execute { handler.value.start(call, request: nil, options: options, deadline: deadline) }
        let status = try await withTaskCancellationHandler {
            do {
                for try await request in requests {
                    let payload = try encode(request, as: methodSchema)
                    try await loop.flatSubmit { handler.value.send(call, payload) }.get()
                }
                try await loop.flatSubmit { handler.value.send(call, nil) }.get()
            } catch is ClientHandler.CallEnded {
                // The host answered before the last request (or the client gave up): its status says why.
            } catch {
                loop.execute { handler.value.cancel(call) }
                _ = try? await ended.futureResult.get()
                throw error
            }
            return try await ended.futureResult.get()
        } onCancel: {
            loop.execute { handler.value.cancel(call) }
        }
        try Self.check(status)
        guard let message = collected.messages.first, collected.messages.count == 1 else {
            throw PendingCall.wrongMessageCount(method: Method.descriptor.fullName, count: collected.messages.count)
        }
        return try Self.decode(Method.Output.self, from: message, as: methodSchema, allocationLimit: limits.maxDecodeAllocationBytes)
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

/// Why a TCP connection could not be made, in a few words: `connection refused` rather than NIO's description of every
/// address it tried.
private func connectFailure(_ error: any Error) -> String {
    let underlying = (error as? NIOConnectionError)?.connectionErrors.first?.error ?? error
    guard let ioError = underlying as? IOError else { return "\(underlying)" }
    let reason = String(cString: strerror(ioError.errnoCode))
    return reason.prefix(1).lowercased() + reason.dropFirst()
}
