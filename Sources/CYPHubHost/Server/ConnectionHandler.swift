import CYPHubCore
import CYPHubWire
import Logging
import NIOCore

/// Serves one connection: the preface, then calls multiplexed by id.
///
/// All state lives on the connection's event loop. Handlers run as tasks whose executor is that
/// loop, so their results are written without a thread hop. Responses completed in the same loop
/// tick are flushed together.
final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = WireEvent
    typealias OutboundOut = ByteBuffer

    private struct Call {
        let entry: DispatchTable.Entry
        let metadata: [String: String]
        let acceptsZlib: Bool
        let deadline: ContinuousClock.Instant?
        /// When the host ends the call with DEADLINE_EXCEEDED.
        let expiry: NIODeadline?
        var task: Task<Void, Never>?
        var requestReceived = false
    }

    private let dispatchTable: DispatchTable
    private let executor: EventLoopTaskExecutor
    private let registry: ConnectionRegistry
    private var logger: Logger
    private var calls: [UInt32: Call] = [:]
    private var context: ChannelHandlerContext?
    private var prefaceReceived = false
    private var draining = false
    private var highestCallID: UInt32 = 0
    private var flushScheduled = false
    /// One timer per connection, armed for the earliest deadline of the calls in flight.
    private var deadlines = ConnectionDeadlines()
    private var needsFlush = false
    private let zlib = ZlibCodec()
    private var peer = ""

    init(dispatchTable: DispatchTable, executor: EventLoopTaskExecutor, registry: ConnectionRegistry) {
        self.dispatchTable = dispatchTable
        self.executor = executor
        self.registry = registry
        self.logger = dispatchTable.logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        peer = context.channel.remoteAddress?.description ?? "unknown"
        logger[metadataKey: "peer"] = "\(peer)"
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        for (_, call) in calls {
            call.task?.cancel()
        }
        deadlines.cancel()
        if !calls.isEmpty { logger.debug("connection closed with \(calls.count) calls in flight; their handlers were cancelled") }
        calls.removeAll()
        registry.remove(context.channel)
        context.fireChannelInactive()
    }

    // MARK: Reading

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .preface(let version):
            guard version == Preface.version else {
                write(Preface.buffer())
                sendGoAway(RPCError(wrapping: WireError.unsupportedVersion(version)))
                closeAfterFlush()
                return
            }
            prefaceReceived = true
            write(Preface.buffer())
        case .frame(let frame):
            handle(frame)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        flushIfNeeded()
        context.fireChannelReadComplete()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let wireError = error as? WireError, wireError == .badPreface {
            logger.notice("refused a connection that does not speak the CYPHub protocol")
            var text = context.channel.allocator.buffer(capacity: Preface.refusal.utf8.count)
            text.writeString(Preface.refusal)
            write(text)
        } else {
            let rpcError = RPCError(wrapping: error)
            logger.notice("closing connection: \(rpcError.message)")
            if prefaceReceived { sendGoAway(rpcError) }
        }
        closeAfterFlush()
    }

    private func handle(_ frame: Frame) {
        switch frame.type {
        case .callStart: startCall(frame)
        case .message: receiveMessage(frame)
        case .cancel: cancelCall(frame.callID)
        case .ping:
            if !frame.flags.contains(.ack) {
                write(frame: Frame(type: .ping, flags: .ack, callID: 0, payload: frame.payload))
            }
        case .goAway:
            draining = true
            if calls.isEmpty { closeAfterFlush() }
        default:
            protocolViolation("unknown frame type 0x\(String(frame.type.rawValue, radix: 16))")
        }
    }

    private func startCall(_ frame: Frame) {
        let id = frame.callID
        guard id != 0 else { return protocolViolation("CALL_START with call id 0") }
        guard calls[id] == nil else { return protocolViolation("call id \(id) is already in flight") }
        highestCallID = max(highestCallID, id)
        guard !draining else {
            return endCall(id, RPCError(code: .unavailable, message: "host is shutting down; retry on another connection"))
        }
        guard calls.count < dispatchTable.limits.maxCallsPerConnection else {
            return endCall(
                id,
                RPCError(
                    code: .resourceExhausted,
                    message: "too many calls in flight on this connection (limit \(dispatchTable.limits.maxCallsPerConnection))"
                ))
        }
        let start: CallStart
        do {
            start = try dispatchTable.schema.decodeCallStart(frame.payload, allocationLimit: dispatchTable.limits.maxDecodeAllocationBytes)
        } catch {
            return endCall(id, RPCError(wrapping: error))
        }
        guard let entry = dispatchTable.entries[start.method] else {
            return endCall(id, dispatchTable.unavailable(start.method))
        }
        let timeout = Int64(clamping: start.timeoutMs)
        let call = Call(
            entry: entry,
            metadata: start.metadata.isEmpty ? [:] : Metadata.dictionary(start.metadata),
            acceptsZlib: start.acceptEncoding.contains("zlib"),
            deadline: timeout > 0 ? .now + .milliseconds(timeout) : nil,
            expiry: timeout > 0 ? .now() + .milliseconds(timeout) : nil
        )
        calls[id] = call
        if let expiry = call.expiry { armDeadlineTimer(for: expiry) }
    }

    private func receiveMessage(_ frame: Frame) {
        let id = frame.callID
        guard var call = calls[id] else { return }  // ended already (deadline, cancel, refused): ignore
        guard !call.requestReceived else {
            return failCall(
                id, RPCError(code: .invalidArgument, message: "a second request message for a \(call.entry.method.kind.rawValue) call"))
        }
        call.requestReceived = true
        var payload = frame.payload
        if frame.flags.contains(.compressed) {
            guard let context else { return }
            var inflated = context.channel.allocator.buffer(capacity: min(payload.readableBytes * 4, dispatchTable.limits.maxMessageBytes))
            do {
                try zlib.decompress(payload, limit: dispatchTable.limits.maxMessageBytes, into: &inflated)
            } catch {
                return failCall(id, RPCError(wrapping: error))
            }
            payload = inflated
        }
        guard let loop = context?.eventLoop else { return }
        let callContext = CallContext(
            method: call.entry.method.descriptor,
            metadata: call.metadata,
            deadline: call.deadline,
            peer: peer,
            callID: id,
            logger: logger
        )
        let bound = NIOLoopBound(self, eventLoop: loop)
        let run = call.entry.run
        if call.entry.method.kind == .unary {
            call.task = Task(executorPreference: executor) {
                let response = ResponseBox()
                let result: Result<any ProtoMessage, RPCError>
                do {
                    try await run(payload, callContext) { response.value = $0 }
                    guard let message = response.value else {
                        throw RPCError(code: .internalError, message: "\(callContext.method) returned no response")
                    }
                    result = .success(message)
                } catch {
                    result = .failure(RPCError(wrapping: error))
                }
                bound.finish(id, result, on: loop)
            }
        } else {
            call.task = Task(executorPreference: executor) {
                var failure: RPCError?
                do {
                    try await run(payload, callContext) { message in
                        try await loop.flatSubmit { bound.value.writeStreamed(id, message) }.get()
                    }
                } catch {
                    failure = RPCError(wrapping: error)
                }
                bound.finishStreaming(id, failure, on: loop)
            }
        }
        calls[id] = call
    }

    private func cancelCall(_ id: UInt32) {
        guard let call = calls.removeValue(forKey: id) else { return }
        call.task?.cancel()
        endCall(id, RPCError(code: .cancelled, message: "cancelled by the client"), log: false)
        closeIfDrained()
    }

    private func armDeadlineTimer(for expiry: NIODeadline) {
        guard let loop = context?.eventLoop else { return }
        let bound = NIOLoopBound(self, eventLoop: loop)
        deadlines.arm(for: expiry, on: loop) { bound.value.sweepDeadlines() }
    }

    /// Ends every call whose deadline has passed and re-arms the timer for the earliest remaining one.
    private func sweepDeadlines() {
        deadlines.fired()
        let (expired, earliest) = ConnectionDeadlines.sweep(calls, now: .now()) { $0.expiry }
        for id in expired { deadlineExpired(id) }
        if let earliest { armDeadlineTimer(for: earliest) }
    }

    private func deadlineExpired(_ id: UInt32) {
        guard let call = calls.removeValue(forKey: id) else { return }
        call.task?.cancel()
        endCall(
            id, RPCError(code: .deadlineExceeded, message: "deadline exceeded before \(call.entry.method.descriptor) finished"),
            method: call.entry.method.descriptor.fullName)
        scheduleFlush()
        closeIfDrained()
    }

    // MARK: Finishing

    fileprivate func finishUnary(_ id: UInt32, _ result: Result<any ProtoMessage, RPCError>) {
        guard let call = calls.removeValue(forKey: id) else { return }  // deadline or cancel got there first
        switch result {
        case .success(let fields):
            do {
                try writeMessage(id, fields, schema: call.entry.schema.output, compress: call.acceptsZlib)
                endCall(id, nil)
            } catch {
                endCall(id, RPCError(wrapping: error), method: call.entry.method.descriptor.fullName)
            }
        case .failure(let error):
            // Logged by the dispatch entry (a request that does not decode) or the failure-logging interceptor.
            endCall(id, error, method: call.entry.method.descriptor.fullName, log: false)
        }
        scheduleFlush()
        closeIfDrained()
    }

    fileprivate func writeStreamed(_ id: UInt32, _ fields: any ProtoMessage) -> EventLoopFuture<Void> {
        guard let context else { return executor.eventLoop.makeFailedFuture(CancellationError()) }
        guard let call = calls[id] else { return context.eventLoop.makeFailedFuture(CancellationError()) }
        do {
            try writeMessage(id, fields, schema: call.entry.schema.output, compress: call.acceptsZlib)
        } catch {
            return context.eventLoop.makeFailedFuture(error)
        }
        let promise = context.eventLoop.makePromise(of: Void.self)
        needsFlush = false
        context.flush()
        // Back-pressure: the next message waits while the socket cannot take more.
        if context.channel.isWritable {
            promise.succeed()
        } else {
            context.channel.closeFuture.whenComplete { _ in promise.fail(CancellationError()) }
            waitForWritability(promise)
        }
        return promise.futureResult
    }

    private var writabilityWaiters: [EventLoopPromise<Void>] = []

    private func waitForWritability(_ promise: EventLoopPromise<Void>) {
        writabilityWaiters.append(promise)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            let waiters = writabilityWaiters
            writabilityWaiters.removeAll()
            for waiter in waiters { waiter.succeed() }
        }
        context.fireChannelWritabilityChanged()
    }

    fileprivate func finishStreaming(_ id: UInt32, _ failure: RPCError?) {
        guard let call = calls.removeValue(forKey: id) else { return }
        // Logged by the dispatch entry or the failure-logging interceptor.
        endCall(id, failure, method: call.entry.method.descriptor.fullName, log: false)
        scheduleFlush()
        closeIfDrained()
    }

    private func failCall(_ id: UInt32, _ error: RPCError) {
        guard let call = calls.removeValue(forKey: id) else { return }
        call.task?.cancel()
        endCall(id, error, method: call.entry.method.descriptor.fullName)
    }

    // MARK: Writing

    private func writeMessage(_ id: UInt32, _ message: any ProtoMessage, schema: MessageSchema, compress: Bool) throws {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: 256)
        try buffer.writeFrame(type: .message, callID: id) { payload in
            try schema.encode(message, into: &payload)
        }
        let payloadLength = buffer.readableBytes - Frame.headerSize
        if compress && payloadLength >= dispatchTable.limits.compressionThresholdBytes {
            var compressed = context.channel.allocator.buffer(capacity: payloadLength / 2 + 64)
            try compressed.writeFrame(type: .message, flags: .compressed, callID: id) { target in
                try zlib.compress(buffer.getSlice(at: buffer.readerIndex + Frame.headerSize, length: payloadLength)!, into: &target)
            }
            buffer = compressed
        }
        write(buffer)
    }

    /// Ends a call with OK (`error == nil`) or the error; logs one line for a failure.
    private func endCall(_ id: UInt32, _ error: RPCError?, method: String? = nil, log: Bool = true) {
        let status = error.map(Status.init) ?? .ok
        if let error, log {
            let cause = error.cause.map { " cause=\($0)" } ?? ""
            let line: Logger.Message =
                "call failed method=\(method ?? "?") call=\(id) code=\(error.code.name) message=\(error.message)\(cause)"
            if error.code == .internalError || error.code == .dataLoss || error.code == .unknown {
                logger.error(line)
            } else {
                logger.notice(line)
            }
        }
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: 32 + status.message.utf8.count)
        do {
            try buffer.writeFrame(type: .callEnd, callID: id) { payload in
                try dispatchTable.schema.encodeStatus(status, into: &payload)
            }
        } catch {
            logger.error("cannot encode a status: \(error)")
            return
        }
        write(buffer)
    }

    private func sendGoAway(_ error: RPCError) {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: 64)
        let payload = GoAway(lastCallId: highestCallID, code: Int(error.code.rawValue), message: error.message)
        try? buffer.writeFrame(type: .goAway, callID: 0) { target in
            try dispatchTable.schema.goAway.encode(payload, into: &target)
        }
        write(buffer)
    }

    private func write(frame: Frame) {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: Frame.headerSize + frame.payload.readableBytes)
        buffer.writeFrame(frame)
        write(buffer)
    }

    private func write(_ buffer: ByteBuffer) {
        guard let context else { return }
        context.write(wrapOutboundOut(buffer), promise: nil)
        needsFlush = true
    }

    private func flushIfNeeded() {
        guard needsFlush, let context else { return }
        needsFlush = false
        context.flush()
    }

    /// Flushes once at the end of this loop tick, so responses finished together share a syscall.
    private func scheduleFlush() {
        guard !flushScheduled, let loop = context?.eventLoop else { return }
        flushScheduled = true
        let bound = NIOLoopBound(self, eventLoop: loop)
        loop.execute {
            bound.value.flushScheduled = false
            bound.value.flushIfNeeded()
        }
    }

    private func protocolViolation(_ reason: String) {
        let error = RPCError(wrapping: WireError.protocolViolation(reason))
        logger.notice("closing connection: \(error.message)")
        sendGoAway(error)
        closeAfterFlush()
    }

    private func closeAfterFlush() {
        guard let context else { return }
        needsFlush = false
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(capacity: 0))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func closeIfDrained() {
        if draining && calls.isEmpty { closeAfterFlush() }
    }

    // MARK: Shutdown

    /// Stops taking calls: GOAWAY now, close once calls in flight end.
    func beginDraining() {
        guard !draining else { return }
        draining = true
        if prefaceReceived {
            sendGoAway(RPCError(code: .unavailable, message: "host is shutting down"))
        }
        if calls.isEmpty { closeAfterFlush() } else { flushIfNeeded() }
    }
}

extension NIOLoopBound where Value == ConnectionHandler {
    /// Finishes a unary call on the connection's loop.
    fileprivate func finish(_ id: UInt32, _ result: Result<any ProtoMessage, RPCError>, on loop: any EventLoop) {
        if loop.inEventLoop {
            value.finishUnary(id, result)
        } else {
            loop.execute { self.value.finishUnary(id, result) }
        }
    }

    /// Finishes a streaming call on the connection's loop.
    fileprivate func finishStreaming(_ id: UInt32, _ failure: RPCError?, on loop: any EventLoop) {
        if loop.inEventLoop {
            value.finishStreaming(id, failure)
        } else {
            loop.execute { self.value.finishStreaming(id, failure) }
        }
    }
}

/// The one response of a unary call, set by its handler's task before the task finishes.
private final class ResponseBox: @unchecked Sendable {
    // @unchecked: written once by the call's task, read by the same task after the handler returns.
    var value: (any ProtoMessage)?
}
