import CYPHubCore
import CYPHubWire
import NIOCore

/// One call waiting for its frames. Touched only on the connection's event loop.
final class PendingCall: @unchecked Sendable {
    // @unchecked: every access happens on the connection's event loop.
    var id: UInt32 = 0
    var finished = false
    /// When the client gives up if the host has not answered (the host's own deadline plus a margin).
    var expiry: NIODeadline?
    let onMessage: (ByteBuffer) -> Void
    let onEnd: (Result<Status, RPCError>) -> Void

    init(onMessage: @escaping (ByteBuffer) -> Void, onEnd: @escaping (Result<Status, RPCError>) -> Void) {
        self.onMessage = onMessage
        self.onEnd = onEnd
    }

    func finish(_ result: Result<Status, RPCError>) {
        guard !finished else { return }
        finished = true
        onEnd(result)
    }
}

/// The client side of a connection: allocates call ids, writes frames, routes replies.
final class ClientHandler: ChannelInboundHandler {
    typealias InboundIn = WireEvent
    typealias OutboundOut = ByteBuffer

    private let schema: ProtoSchema
    private let limits: WireLimits
    private let prefacePromise: EventLoopPromise<Void>
    private var context: ChannelHandlerContext?
    private var calls: [UInt32: PendingCall] = [:]
    private var nextCallID: UInt32 = 1
    private var goAway: GoAway?
    private var closedError: RPCError?
    private var flushScheduled = false
    private let zlib = ZlibCodec()
    /// One timer per connection, armed for the earliest local expiry of the calls in flight.
    private var deadlines = ConnectionDeadlines()

    init(schema: ProtoSchema, limits: WireLimits, prefacePromise: EventLoopPromise<Void>) {
        self.schema = schema
        self.limits = limits
        self.prefacePromise = prefacePromise
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func channelActive(context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(Preface.buffer()), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .preface(let version):
            if version == Preface.version {
                prefacePromise.succeed()
            } else {
                prefacePromise.fail(WireError.unsupportedVersion(version))
            }
        case .frame(let frame):
            handle(frame)
        }
    }

    private func handle(_ frame: Frame) {
        switch frame.type {
        case .message:
            guard let call = calls[frame.callID] else { return }
            if frame.flags.contains(.compressed) {
                var inflated = ByteBuffer()
                do {
                    try zlib.decompress(frame.payload, limit: limits.maxMessageBytes, into: &inflated)
                } catch {
                    calls[frame.callID] = nil
                    sendCancel(frame.callID)
                    call.finish(.failure(RPCError(wrapping: error)))
                    return
                }
                call.onMessage(inflated)
            } else {
                call.onMessage(frame.payload)
            }
        case .callEnd:
            guard let call = calls.removeValue(forKey: frame.callID) else { return }
            do {
                let status = try schema.decodeStatus(frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)
                call.finish(.success(status))
            } catch {
                call.finish(.failure(RPCError(wrapping: error)))
            }
            closeIfDone()
        case .ping:
            if !frame.flags.contains(.ack) { write(Frame(type: .ping, flags: .ack, callID: 0, payload: frame.payload)) }
        case .goAway:
            goAway = try? schema.goAway.decode(GoAway.self, from: frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)
            closeIfDone()
        default:
            break
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadlines.cancel()
        let reason = goAway.map { "connection closed by the host: \($0.message)" } ?? "connection closed by the host"
        failAll(RPCError(code: .unavailable, message: reason, metadata: goAway.map { ["cyphub-goaway-code": String($0.code)] } ?? [:]))
        prefacePromise.fail(RPCError(code: .unavailable, message: reason))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(RPCError(code: .unavailable, message: "connection failed: \(error)", cause: error))
        context.close(promise: nil)
    }

    private func failAll(_ error: RPCError) {
        closedError = error
        let pending = calls.values
        calls.removeAll()
        for call in pending { call.finish(.failure(error)) }
    }

    /// Starts a call: CALL_START then its one request MESSAGE.
    func start(
        _ call: PendingCall,
        method: String,
        request: ByteBuffer,
        options: CallOptions,
        localTimeout: TimeAmount?
    ) {
        if let closedError { return call.finish(.failure(closedError)) }
        if let goAway {
            return call.finish(.failure(RPCError(code: .unavailable, message: "the host is going away: \(goAway.message)")))
        }
        guard let context else { return call.finish(.failure(RPCError(code: .unavailable, message: "not connected"))) }
        let id = nextCallID
        nextCallID = nextCallID &+ 2 == 0 ? 1 : nextCallID &+ 2
        call.id = id
        calls[id] = call

        let timeoutMs =
            options.timeout.map { UInt64(max(1, $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000)) } ?? 0
        let start = CallStart(
            method: method,
            timeoutMs: timeoutMs,
            metadata: Metadata.entries(options.metadata),
            acceptEncoding: options.acceptCompression ? ["zlib"] : []
        )
        var buffer = context.channel.allocator.buffer(capacity: 64 + method.utf8.count + request.readableBytes)
        do {
            try buffer.writeFrame(type: .callStart, callID: id) { payload in
                try schema.encodeCallStart(start, into: &payload)
            }
            if request.readableBytes >= limits.compressionThresholdBytes {
                try buffer.writeFrame(type: .message, flags: .compressed, callID: id) { payload in
                    try zlib.compress(request, into: &payload)
                }
            } else {
                buffer.writeFrame(Frame(type: .message, callID: id, payload: request))
            }
        } catch {
            calls[id] = nil
            return call.finish(.failure(RPCError(wrapping: error)))
        }
        context.write(wrapOutboundOut(buffer), promise: nil)
        scheduleFlush()

        if let localTimeout {
            let expiry = NIODeadline.now() + localTimeout
            call.expiry = expiry
            armExpiryTimer(for: expiry)
        }
    }

    /// The caller gave up: tell the host, end the call as cancelled.
    func cancel(_ call: PendingCall) {
        guard !call.finished, calls.removeValue(forKey: call.id) != nil else { return }
        sendCancel(call.id)
        call.finish(.failure(RPCError(code: .cancelled, message: "cancelled by the caller")))
    }

    private func armExpiryTimer(for expiry: NIODeadline) {
        guard let loop = context?.eventLoop else { return }
        let bound = NIOLoopBound(self, eventLoop: loop)
        deadlines.arm(for: expiry, on: loop) { bound.value.sweepExpired() }
    }

    private func sweepExpired() {
        deadlines.fired()
        let (expired, earliest) = ConnectionDeadlines.sweep(calls, now: .now()) { $0.expiry }
        for id in expired { expire(id) }
        if let earliest { armExpiryTimer(for: earliest) }
    }

    private func expire(_ id: UInt32) {
        guard let call = calls.removeValue(forKey: id) else { return }
        sendCancel(id)
        call.finish(.failure(RPCError(code: .deadlineExceeded, message: "no answer from the host before the deadline")))
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
