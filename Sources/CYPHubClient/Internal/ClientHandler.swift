import CYPHubCore
import CYPHubWire
import NIOCore
import NIOSSL

/// One call waiting for its frames.
final class PendingCall: @unchecked Sendable {
    // @unchecked: `onEnd` is set by the caller before the call is handed to the event loop; everything else is
    // touched only on the connection's event loop.
    /// `package.Service/Method`.
    let method: String
    /// A unary call's 1: a second response message ends the call at once.
    let maxMessages: Int?
    var id: UInt32 = 0
    /// Registered with the connection (it has an id and its CALL_START was written).
    var started = false
    var finished = false
    /// The caller cancelled before the event loop started the call: it ends without reaching the wire.
    var cancelRequested = false
    /// Response messages received so far.
    var received = 0
    /// When the client gives up if the host has not answered (see ``CallDeadline``).
    var expiry: NIODeadline?
    let onMessage: (ByteBuffer) -> Void
    var onEnd: (Result<Status, RPCError>) -> Void = { _ in }

    init(method: String, maxMessages: Int?, onMessage: @escaping (ByteBuffer) -> Void) {
        self.method = method
        self.maxMessages = maxMessages
        self.onMessage = onMessage
    }

    func finish(_ result: Result<Status, RPCError>) {
        guard !finished else { return }
        finished = true
        onEnd(result)
    }

    /// A unary call answered with `count` messages.
    static func wrongMessageCount(method: String, count: Int) -> RPCError {
        RPCError(
            code: .internalError,
            message: "the host answered \(method) with \(count) messages; a unary method answers exactly 1")
    }

    /// The caller cancelled (Swift task cancellation).
    static let cancelledByCaller = RPCError(code: .cancelled, message: "cancelled by the caller")
}

/// The client side of a connection: allocates call ids, writes frames, routes replies, and fails every call in
/// flight, with a status that says why, when the connection ends or the host breaks the protocol.
final class ClientHandler: ChannelInboundHandler {
    typealias InboundIn = WireEvent
    typealias OutboundOut = ByteBuffer

    private let schema: ProtoSchema
    private let limits: WireLimits
    /// `host:port`, for messages.
    private let peer: String
    /// Succeeds with the handler once the host's preface (of this version) has arrived.
    private let prefacePromise: EventLoopPromise<NIOLoopBound<ClientHandler>>
    private var prefaceReceived = false
    private var context: ChannelHandlerContext?
    private var calls: [UInt32: PendingCall] = [:]
    private var callIDs: CallIDs
    private var goAway: GoAway?
    /// Why the connection can take no more calls; set once.
    private var closedError: RPCError?
    private var flushScheduled = false
    private let zlib = ZlibCodec()
    /// One timer per connection, armed for the earliest local expiry of the calls in flight.
    private var deadlines = ConnectionDeadlines()
    /// How often to PING while no call is in flight, so the host's idle timeout does not close the connection.
    private let keepAlive: TimeAmount?
    private var keepAliveTask: RepeatedTask?
    /// Whether the connection runs over TLS (failures before the preface are then worded as TLS failures).
    private let tls: Bool
    /// Client-streaming senders waiting for the host to take the connection's bytes.
    private var writabilityWaiters: [EventLoopPromise<Void>] = []

    init(
        schema: ProtoSchema,
        limits: WireLimits,
        peer: String,
        prefacePromise: EventLoopPromise<NIOLoopBound<ClientHandler>>,
        keepAlive: TimeAmount? = nil,
        firstCallID: UInt32 = 1,
        tls: Bool = false
    ) {
        self.tls = tls
        self.keepAlive = keepAlive
        self.schema = schema
        self.limits = limits
        self.peer = peer
        self.prefacePromise = prefacePromise
        self.callIDs = CallIDs(first: firstCallID)
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func channelActive(context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(Preface.buffer()), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .preface(let version):
            guard version == Preface.version else {
                fail(
                    RPCError(
                        code: .unavailable,
                        message: "\(peer) speaks CYPHub protocol version \(version); this client speaks version \(Preface.version)"
                    ))
                return context.close(promise: nil)
            }
            prefaceReceived = true
            if let keepAlive {
                let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
                keepAliveTask = context.eventLoop.scheduleRepeatedTask(initialDelay: keepAlive, delay: keepAlive) { _ in
                    bound.value.pingIfIdle()
                }
            }
            prefacePromise.succeed(NIOLoopBound(self, eventLoop: context.eventLoop))
        case .frame(let frame):
            handle(frame)
        }
    }

    private func handle(_ frame: Frame) {
        switch frame.type {
        case .message:
            receiveMessage(frame)
        case .callEnd:
            guard let call = calls.removeValue(forKey: frame.callID) else { return }
            do {
                call.finish(.success(try schema.decodeStatus(frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)))
            } catch {
                call.finish(
                    .failure(
                        RPCError(
                            code: .internalError, message: "the host's CALL_END for \(call.method) has a malformed status: \(error)",
                            cause: error)))
            }
            closeIfDone()
        case .ping:
            if !frame.flags.contains(.ack) { write(Frame(type: .ping, flags: .ack, callID: 0, payload: frame.payload)) }
        case .goAway:
            guard
                let away = try? schema.goAway.decode(GoAway.self, from: frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)
            else { return protocolViolation("its GOAWAY payload is not a valid cyphub.host.v1.GoAway") }
            receiveGoAway(away)
        default:
            // CALL_START and CANCEL only travel client → host; any other type is unknown.
            protocolViolation("it sent a frame of type \(frame.type), which a host never sends")
        }
    }

    private func receiveMessage(_ frame: Frame) {
        // A message for a call that has ended (e.g. one the client cancelled) is ignored.
        guard let call = calls[frame.callID] else { return }
        call.received += 1
        if let maxMessages = call.maxMessages, call.received > maxMessages {
            return abandon(call, PendingCall.wrongMessageCount(method: call.method, count: call.received))
        }
        guard frame.flags.contains(.compressed) else { return call.onMessage(frame.payload) }
        var inflated = ByteBuffer()
        do {
            try zlib.decompress(frame.payload, limit: limits.maxMessageBytes, into: &inflated)
        } catch .messageTooLarge(let limit) {
            return abandon(
                call,
                RPCError(
                    code: .resourceExhausted,
                    message: "the host's answer to \(call.method) inflates past this client's limit of \(limit) bytes"))
        } catch {
            return abandon(
                call,
                RPCError(code: .internalError, message: "the host's answer to \(call.method) could not be inflated: \(error)", cause: error)
            )
        }
        call.onMessage(inflated)
    }

    /// GOAWAY: no new calls; the calls the host never started (ids above `last_call_id`) fail at once; the others
    /// finish, and the connection is closed when the last of them has.
    private func receiveGoAway(_ away: GoAway) {
        goAway = away
        let metadata = ["cyphub-goaway-code": String(away.code)]
        for (id, call) in calls where id > away.lastCallId {
            calls[id] = nil
            call.finish(
                .failure(
                    RPCError(
                        code: .unavailable,
                        message: "the host is going away (\(away.message)) and did not start this call; retry on a new connection",
                        metadata: metadata)))
        }
        closeIfDone()
    }

    /// Sends a PING when no call is in flight (a call in flight keeps the connection from being idle).
    private func pingIfIdle() {
        guard calls.isEmpty, closedError == nil else { return }
        write(Frame(type: .ping, callID: 0, payload: ByteBuffer(bytes: [0, 0, 0, 0, 0, 0, 0, 0])))
    }

    func channelInactive(context: ChannelHandlerContext) {
        keepAliveTask?.cancel()
        let waiters = writabilityWaiters
        writabilityWaiters.removeAll()
        for waiter in waiters { waiter.fail(CallEnded()) }
        deadlines.cancel()
        if prefaceReceived {
            let reason = goAway.map { "connection closed by the host: \($0.message)" } ?? "connection closed by the host"
            fail(RPCError(code: .unavailable, message: reason, metadata: goAway.map { ["cyphub-goaway-code": String($0.code)] } ?? [:]))
        } else {
            fail(closedBeforePreface(cause: nil))
        }
        context.fireChannelInactive()
    }

    private func closedBeforePreface(cause: (any Error)?) -> RPCError {
        RPCError(
            code: .unavailable,
            message: "\(peer) closed the connection before sending the CYPHub preface (not a CYPHub host, or it refused the connection)",
            cause: cause)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let failure: RPCError =
            switch error {
            case is TLSSniffer.HostSpeaksTLS:
                RPCError(
                    code: .unavailable,
                    message: "\(peer) answered with TLS: this connection is plaintext; connect with TLS (cyp --tls)",
                    cause: error)
            case _ where !prefaceReceived && (error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError):
                RPCError(code: .unavailable, message: "TLS with \(peer) failed: \(Self.describeTLSFailure(error))", cause: error)
            case WireError.badPreface:
                RPCError(
                    code: .unavailable,
                    message:
                        "\(peer) is not a CYPHub host: its first bytes are not the CYPHub preface (another protocol, or the wrong port)",
                    cause: error)
            case WireError.frameTooLarge(let length, let limit):
                RPCError(
                    code: .resourceExhausted,
                    message: "\(peer) sent a frame of \(length) bytes; this client accepts at most \(limit) (limits.maxFrameBytes)",
                    cause: error)
            case let error as WireError:
                RPCError(code: .internalError, message: "protocol violation by \(peer): \(error)", cause: error)
            case _ where !prefaceReceived:
                // A reset before the preface (the peer closed without reading ours) reads as a close.
                closedBeforePreface(cause: error)
            default:
                RPCError(code: .unavailable, message: "connection to \(peer) failed: \(error)", cause: error)
            }
        fail(failure)
        context.close(promise: nil)
    }

    /// What a TLS failure during the handshake means, in words, with BoringSSL's own reason after it.
    static func describeTLSFailure(_ error: any Error) -> String {
        let text = "\(error)"
        let meaning: String
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            meaning = "the host's certificate is not signed by a CA this client trusts, or has expired (check --ca)"
        } else if text.contains("CERTIFICATE_REQUIRED") || text.contains("HANDSHAKE_FAILURE_ON_CLIENT_HELLO") {
            meaning = "the host requires a client certificate (give --cert and --key)"
        } else if text.contains("UNKNOWN_CA") || text.contains("BAD_CERTIFICATE") || text.contains("CERTIFICATE_UNKNOWN") {
            meaning = "the host refused the client certificate: no CA it trusts signed it"
        } else if text.contains("WRONG_VERSION_NUMBER") || text.contains("PACKET_LENGTH_TOO_LONG") {
            meaning = "the host does not speak TLS (connect without --tls?)"
        } else if text.contains("failedToValidateHostname") {
            meaning = "the host's certificate does not name the address connected to"
        } else {
            meaning = "the handshake failed"
        }
        return "\(meaning): \(text)"
    }

    /// The host broke the protocol: every call fails INTERNAL and the connection closes.
    private func protocolViolation(_ reason: String) {
        fail(RPCError(code: .internalError, message: "protocol violation by \(peer): \(reason)"))
        context?.close(promise: nil)
    }

    /// The client closed the connection (``CYPHubClient/close()``).
    func closeByClient() {
        fail(RPCError(code: .unavailable, message: "the client closed the connection"))
        context?.close(promise: nil)
    }

    /// The connection takes no more calls: the first reason is kept, every call in flight fails with it.
    private func fail(_ error: RPCError) {
        let error = closedError ?? error
        closedError = error
        prefacePromise.fail(error)
        deadlines.cancel()
        let pending = calls.values
        calls.removeAll()
        for call in pending { call.finish(.failure(error)) }
    }

    /// Starts a call: CALL_START then its one request MESSAGE; a client-streaming call (`request` nil) sends its requests
    /// with ``send(_:_:)``.
    func start(_ call: PendingCall, request: ByteBuffer?, options: CallOptions, deadline: CallDeadline?, endStream: Bool = false) {
        if call.cancelRequested { return call.finish(.failure(PendingCall.cancelledByCaller)) }
        if let closedError { return call.finish(.failure(closedError)) }
        if let goAway {
            return call.finish(
                .failure(
                    RPCError(
                        code: .unavailable,
                        message: "the host is going away (\(goAway.message)); make new calls on a new connection",
                        metadata: ["cyphub-goaway-code": String(goAway.code)])))
        }
        guard let context else { return call.finish(.failure(RPCError(code: .unavailable, message: "not connected"))) }
        let id = callIDs.allocate { calls[$0] != nil }
        call.id = id
        call.started = true
        calls[id] = call

        let start = CallStart(
            method: call.method,
            timeoutMs: deadline?.wireMilliseconds ?? 0,
            metadata: Metadata.entries(options.metadata),
            acceptEncoding: options.acceptCompression ? ["zlib"] : []
        )
        var buffer = context.channel.allocator.buffer(capacity: 64 + call.method.utf8.count + (request?.readableBytes ?? 0))
        do {
            try buffer.writeFrame(type: .callStart, callID: id) { payload in
                try schema.encodeCallStart(start, into: &payload)
            }
            if let request { try writeMessage(request, callID: id, into: &buffer) }
            if endStream { buffer.writeFrame(Frame(type: .message, flags: .endStream, callID: id, payload: ByteBuffer())) }
        } catch {
            calls[id] = nil
            return call.finish(.failure(RPCError(wrapping: error)))
        }
        context.write(wrapOutboundOut(buffer), promise: nil)
        scheduleFlush()

        if let deadline {
            let expiry = NIODeadline.now() + deadline.localTimeout
            call.expiry = expiry
            armExpiryTimer(for: expiry)
        }
    }

    /// One request MESSAGE, compressed when it is large enough to be worth it.
    private func writeMessage(_ request: ByteBuffer, callID id: UInt32, into buffer: inout ByteBuffer) throws {
        if request.readableBytes >= limits.compressionThresholdBytes {
            try buffer.writeFrame(type: .message, flags: .compressed, callID: id) { payload in
                try zlib.compress(request, into: &payload)
            }
        } else {
            buffer.writeFrame(Frame(type: .message, callID: id, payload: request))
        }
    }

    /// The call a request was sent for has ended (the host answered, or the client gave up): stop sending.
    struct CallEnded: Error {}

    /// Sends one request of a client-streaming call, or END_STREAM when `request` is nil. Succeeds once the host is taking
    /// the connection's bytes again (back-pressure: at once if it is); fails with ``CallEnded`` once the call has ended.
    func send(_ call: PendingCall, _ request: ByteBuffer?) -> EventLoopFuture<Void> {
        guard let context else { return eventLoopFailure(CallEnded()) }
        guard call.started, calls[call.id] === call else { return context.eventLoop.makeFailedFuture(CallEnded()) }
        var buffer = context.channel.allocator.buffer(capacity: Frame.headerSize + (request?.readableBytes ?? 0) / 2)
        do {
            if let request {
                try writeMessage(request, callID: call.id, into: &buffer)
            } else {
                buffer.writeFrame(Frame(type: .message, flags: .endStream, callID: call.id, payload: ByteBuffer()))
            }
        } catch {
            abandon(call, RPCError(wrapping: error))
            return context.eventLoop.makeFailedFuture(CallEnded())
        }
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
        if context.channel.isWritable { return context.eventLoop.makeSucceededVoidFuture() }
        let promise = context.eventLoop.makePromise(of: Void.self)
        writabilityWaiters.append(promise)
        return promise.futureResult
    }

    private func eventLoopFailure(_ error: any Error) -> EventLoopFuture<Void> {
        prefacePromise.futureResult.eventLoop.makeFailedFuture(error)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            let waiters = writabilityWaiters
            writabilityWaiters.removeAll()
            for waiter in waiters { waiter.succeed() }
        }
        context.fireChannelWritabilityChanged()
    }

    /// The caller gave up: tell the host, end the call as cancelled. Before the call has started, it is marked so
    /// that it never starts.
    func cancel(_ call: PendingCall) {
        guard call.started else {
            call.cancelRequested = true
            return
        }
        guard calls[call.id] === call else { return }
        abandon(call, PendingCall.cancelledByCaller)
    }

    /// Ends a call in flight on the client's side: CANCEL to the host, `error` to the caller.
    private func abandon(_ call: PendingCall, _ error: RPCError) {
        calls[call.id] = nil
        sendCancel(call.id)
        call.finish(.failure(error))
        closeIfDone()
    }

    private func armExpiryTimer(for expiry: NIODeadline) {
        guard let loop = context?.eventLoop else { return }
        let bound = NIOLoopBound(self, eventLoop: loop)
        deadlines.arm(for: expiry, on: loop) { bound.value.sweepExpired() }
    }

    private func sweepExpired() {
        deadlines.fired()
        let (expired, earliest) = ConnectionDeadlines.sweep(calls, now: .now()) { $0.expiry }
        for id in expired {
            guard let call = calls[id] else { continue }
            abandon(call, RPCError(code: .deadlineExceeded, message: "no answer from the host before the deadline"))
        }
        if let earliest { armExpiryTimer(for: earliest) }
    }

    private func sendCancel(_ id: UInt32) {
        write(Frame(type: .cancel, callID: id))
    }

    private func write(_ frame: Frame) {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: Frame.headerSize + frame.payload.readableBytes)
        buffer.writeFrame(frame)
        context.write(wrapOutboundOut(buffer), promise: nil)
        scheduleFlush()
    }

    private func scheduleFlush() {
        guard !flushScheduled, let context else { return }
        flushScheduled = true
        let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
        context.eventLoop.execute {
            bound.value.flushScheduled = false
            bound.value.context?.flush()
        }
    }

    private func closeIfDone() {
        if goAway != nil, calls.isEmpty { context?.close(promise: nil) }
    }
}
