import CYPHubCore
import CYPHubWire
import Logging
import NIOCore
import NIOSSL
import Synchronization

/// Serves one connection: the preface, then calls multiplexed by id.
///
/// The connection's state lives on its event loop, which does I/O and framing only: each call's request is
/// inflated, decoded, handled and its response encoded and compressed by a task on Swift's concurrent executor,
/// admitted by the host's ``CallScheduler``; the loop writes the frames it hands back. The health check and the module
/// listing, cheap and what monitors rely on, run on the loop itself without waiting for a turn. Responses finished in the same
/// loop tick are flushed together.
///
/// Back-pressure: the host stops reading from the connection while the requests it holds, or the replies the peer
/// has not taken, exceed `limits.connectionBufferBytes`, and a call waits for the peer to take replies before its
/// handler runs. A peer that takes nothing for `limits.stalledWriteTimeout` gets GOAWAY `RESOURCE_EXHAUSTED`.
/// Timeouts: the preface must arrive within `limits.prefaceTimeout`; a connection with no call in flight that sends
/// nothing for `limits.idleTimeout` gets GOAWAY and is closed.
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
        /// When its CALL_START arrived.
        let started: NIODeadline
        var task: Task<Void, Never>?
        var requestReceived = false
        /// A client-streaming call's requests on their way to its task, from its first MESSAGE until END_STREAM.
        var inbox: AsyncThrowingStream<InboundRequest, any Error>.Continuation?
        /// The reader of ``inbox`` (which counts what is queued for it).
        var inboxReader: InboxReader?
        /// A client-streaming call's END_STREAM has arrived: no more requests.
        var requestsEnded = false
        /// Bytes of the request held while the call waits or runs.
        var heldBytes = 0
        /// For the audit log: what the call's task learns, and the message payload bytes in and out.
        var audit: CallAudit?
        var bytesIn = 0
        var bytesOut = 0
    }

    private let dispatchTable: DispatchTable
    private let scheduler: CallScheduler
    /// Where the health check and module listing run: this connection's event loop.
    private let loopExecutor: EventLoopTaskExecutor
    private let registry: ConnectionRegistry
    private let zlib: ZlibPool
    private let metrics: HostMetrics?
    /// Why the host closed the connection, for the metrics (the peer did, if nil).
    private var closeReason: HostMetrics.CloseReason?
    /// Bytes read and written since they were last added to the metrics: added once per read burst and per flush, not
    /// per frame, so the event loops do not contend on the shared counters.
    private var unreportedBytes = (received: 0, sent: 0)
    /// What other threads read of this connection.
    let activity = ConnectionActivity()
    private var logger: Logger
    private var limits: WireLimits { dispatchTable.limits }
    private var calls: [UInt32: Call] = [:]
    private var context: ChannelHandlerContext?
    private var prefaceReceived = false
    private var draining = false
    private var highestCallID: UInt32 = 0
    private var flushScheduled = false
    /// One timer per connection, armed for the earliest deadline of the calls in flight.
    private var deadlines = ConnectionDeadlines()
    private var needsFlush = false
    private var peer = ""
    /// The subject of the client's certificate on a mutual-TLS connection, read at the first call (after the
    /// handshake); empty without one.
    private var clientCertificateSubject: String?
    /// The peer as the audit log records it: `127.0.0.1:54321`, `[::1]:54321`.
    private var auditPeer = ""
    /// Bytes of requests held by calls waiting or running.
    private var heldRequestBytes = 0
    private var readingPaused = false
    private var lastFrame = NIODeadline.now()
    private var prefaceTimer: Scheduled<Void>?
    private var idleTimer: Scheduled<Void>?
    private var stallTimer: Scheduled<Void>?
    /// Calls waiting for the peer to take replies before their handlers run.
    private var writabilityWaiters: [EventLoopPromise<Void>] = []

    private let eventLoop: any EventLoop

    init(
        dispatchTable: DispatchTable, scheduler: CallScheduler, registry: ConnectionRegistry, zlib: ZlibPool,
        metrics: HostMetrics?, eventLoop: any EventLoop
    ) {
        self.metrics = metrics
        self.loopExecutor = EventLoopTaskExecutor(eventLoop: eventLoop)
        self.eventLoop = eventLoop
        self.dispatchTable = dispatchTable
        self.scheduler = scheduler
        self.registry = registry
        self.zlib = zlib
        self.logger = dispatchTable.logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        peer = context.channel.remoteAddress?.description ?? "unknown"
        logger[metadataKey: "peer"] = "\(peer)"
        auditPeer = AuditLog.peer(context.channel.remoteAddress)
        let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
        prefaceTimer = context.eventLoop.scheduleTask(in: TimeAmount(limits.prefaceTimeout)) { bound.value.prefaceTimedOut() }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        for (_, call) in calls {
            call.inbox?.finish(throwing: CancellationError())
            call.task?.cancel()
            metrics?.callEnded(call.entry.metricSeries, code: .cancelled, duration: .now() - call.started)
            audit(call: call, method: nil, code: .cancelled)
        }
        deadlines.cancel()
        for timer in [prefaceTimer, idleTimer, stallTimer] { timer?.cancel() }
        let waiters = writabilityWaiters
        writabilityWaiters.removeAll()
        for waiter in waiters { waiter.fail(ChannelError.ioOnClosedChannel) }
        if !calls.isEmpty { logger.debug("connection closed with \(calls.count) calls in flight; their handlers were cancelled") }
        calls.removeAll()
        activity.setCalls(0)
        registry.remove(context.channel)
        reportBytes()
        metrics?.connectionClosed(closeReason ?? .peer)
        context.fireChannelInactive()
    }

    // MARK: Reading

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        lastFrame = .now()
        activity.touch(lastFrame)
        switch unwrapInboundIn(data) {
        case .preface(let version):
            unreportedBytes.received += Preface.size
            prefaceTimer?.cancel()
            prefaceTimer = nil
            guard version == Preface.version else {
                closing(.protocolViolation)
                write(Preface.buffer())
                sendGoAway(RPCError(wrapping: WireError.unsupportedVersion(version)))
                closeAfterFlush()
                return
            }
            prefaceReceived = true
            write(Preface.buffer())
            armIdleTimer()
        case .frame(let frame):
            unreportedBytes.received += Frame.headerSize + frame.payload.readableBytes
            handle(frame)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        flushIfNeeded()
        reportBytes()
        context.fireChannelReadComplete()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        closing(HostMetrics.CloseReason(closingOn: error))
        if let wireError = error as? WireError, wireError == .badPreface {
            logger.notice("refused a connection that does not speak the CYPHub protocol")
            var text = context.channel.allocator.buffer(capacity: Preface.refusal.utf8.count)
            text.writeString(Preface.refusal)
            write(text)
        } else if !prefaceReceived, error is NIOSSLError || error is BoringSSLError {
            // A plaintext client, a client certificate refused, a client that does not trust the host's certificate.
            let peer = context.channel.remoteAddress.map { "\($0)" } ?? "a peer"
            logger.notice("TLS handshake with \(peer) failed: \(EchoedText.singleLine("\(error)"))")
        } else {
            let rpcError = RPCError(wrapping: error)
            logger.notice("closing connection: \(EchoedText.singleLine(rpcError.message))")
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
            // The reply counts against the connection's buffer like any other output (see `updateReading`).
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
        guard calls.count < limits.maxCallsPerConnection else {
            return endCall(
                id,
                RPCError(
                    code: .resourceExhausted,
                    message: "too many calls in flight on this connection (limit \(limits.maxCallsPerConnection))"
                ))
        }
        let start: CallStart
        do {
            start = try dispatchTable.schema.decodeCallStart(frame.payload, allocationLimit: limits.maxDecodeAllocationBytes)
        } catch {
            return endCall(id, RPCError(wrapping: error))
        }
        guard start.method.utf8.count <= WireLimits.maxMethodNameBytes else {
            return endCall(
                id,
                .invalidArgument(
                    "method name of \(start.method.utf8.count) bytes is longer than the \(WireLimits.maxMethodNameBytes) allowed: "
                        + "'\(EchoedText.quoted(start.method))'"))
        }
        // While draining, only the health check is still answered (NOT_SERVING), so monitors see the shutdown.
        guard !draining || start.method == Health.Method.Check.descriptor.fullName else {
            return endCall(
                id, RPCError(code: .unavailable, message: "host is shutting down; retry on another connection"), method: start.method)
        }
        guard let entry = dispatchTable.entries[start.method] else {
            return endCall(id, dispatchTable.unavailable(start.method), method: start.method)
        }
        let timeout = Int64(clamping: start.timeoutMs)
        let call = Call(
            entry: entry,
            metadata: start.metadata.isEmpty ? [:] : Metadata.dictionary(start.metadata),
            acceptsZlib: start.acceptEncoding.contains("zlib"),
            deadline: timeout > 0 ? .now + .milliseconds(timeout) : nil,
            expiry: timeout > 0 ? .now() + .milliseconds(timeout) : nil,
            started: lastFrame
        )
        calls[id] = call
        callsChanged()
        if let expiry = call.expiry { armDeadlineTimer(for: expiry) }
    }

    private func receiveMessage(_ frame: Frame) {
        let id = frame.callID
        guard var call = calls[id] else { return }  // ended already (deadline, cancel, refused): ignore
        if call.entry.method.kind == .clientStreaming {
            return receiveStreamed(frame, of: &call)
        }
        guard !frame.flags.contains(.endStream) else {
            return failCall(
                id,
                RPCError(
                    code: .invalidArgument,
                    message:
                        "END_STREAM on a MESSAGE of a \(call.entry.method.kind.rawValue) call (only client-streaming calls end their requests)"
                ))
        }
        guard !call.requestReceived else {
            return failCall(
                id, RPCError(code: .invalidArgument, message: "a second request message for a \(call.entry.method.kind.rawValue) call"))
        }
        call.requestReceived = true
        call.heldBytes = frame.payload.readableBytes
        call.bytesIn = frame.payload.readableBytes
        heldRequestBytes += call.heldBytes
        start(&call, id: id, request: .one(frame.payload, compressed: frame.flags.contains(.compressed)))
        calls[id] = call
        updateReading()
    }

    /// One MESSAGE of a client-streaming call: the first starts its task; each is queued for the task, counted against
    /// the connection's buffer until the task has taken it; END_STREAM (an empty payload) ends the requests.
    private func receiveStreamed(_ frame: Frame, of call: inout Call) {
        let id = frame.callID
        guard !call.requestsEnded else {
            return failCall(id, RPCError(code: .invalidArgument, message: "a request MESSAGE after END_STREAM"))
        }
        let ends = frame.flags.contains(.endStream)
        if ends && frame.payload.readableBytes > 0 {
            return failCall(
                id,
                RPCError(
                    code: .invalidArgument,
                    message: "a MESSAGE with END_STREAM carries no message, but this one has \(frame.payload.readableBytes) payload bytes"))
        }
        if !call.requestReceived {
            call.requestReceived = true
            let (stream, inbox) = AsyncThrowingStream<InboundRequest, any Error>.makeStream()
            let reader = InboxReader(stream)
            call.inbox = inbox
            call.inboxReader = reader
            start(&call, id: id, request: .stream(reader))
        }
        if ends {
            call.requestsEnded = true
            call.inboxReader?.queuing()
            call.inbox?.yield(.end)
            call.inbox?.finish()
        } else {
            let bytes = frame.payload.readableBytes
            call.heldBytes += bytes
            call.bytesIn += bytes
            heldRequestBytes += bytes
            call.inboxReader?.queuing()
            call.inbox?.yield(.message(frame.payload, compressed: frame.flags.contains(.compressed)))
        }
        calls[frame.callID] = call
        updateReading()
    }

    /// A client-streaming call's task has taken `bytes` of its requests: they no longer count against the buffer.
    fileprivate func consumed(_ id: UInt32, bytes: Int) {
        guard calls[id] != nil else { return }
        calls[id]?.heldBytes -= bytes
        heldRequestBytes -= bytes
        updateReading()
    }

    /// Starts the call's task: waits for a turn, then decodes, checks and handles its request(s).
    private func start(_ call: inout Call, id: UInt32, request: CallRun.Request) {
        call.audit = dispatchTable.auditLog.map { _ in CallAudit() }
        let callContext = CallContext(
            method: call.entry.method.descriptor,
            metadata: call.metadata,
            deadline: call.deadline,
            peer: peer,
            callID: id,
            clientCertificateSubject: certificateSubject(),
            logger: logger
        )
        let run = CallRun(
            id: id, entry: call.entry, context: callContext, request: request, acceptsZlib: call.acceptsZlib,
            connection: NIOLoopBound(self, eventLoop: eventLoop), loop: eventLoop, activity: activity,
            scheduler: scheduler, zlib: zlib, limits: limits, audit: call.audit
        )
        if call.entry.runsAtOnce {
            call.task = Task(executorPreference: loopExecutor) { await run.run() }
        } else {
            call.task = Task { await run.run() }
        }
    }

    /// The client certificate's subject (see ``clientCertificateSubject``), read once per connection.
    private func certificateSubject() -> String {
        if let clientCertificateSubject { return clientCertificateSubject }
        let subject = context.flatMap { PeerCertificate.subject(of: $0.channel) } ?? ""
        clientCertificateSubject = subject
        return subject
    }

    private func cancelCall(_ id: UInt32) {
        guard let call = removeCall(id) else { return }
        call.task?.cancel()
        endCall(id, RPCError(code: .cancelled, message: "cancelled by the client"), of: call, log: false)
        closeIfDrained()
    }

    // MARK: Deadlines and timeouts

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
        guard let call = removeCall(id) else { return }
        call.task?.cancel()
        endCall(id, Self.deadlineError(call), of: call)
        scheduleFlush()
        closeIfDrained()
    }

    private static func deadlineError(_ call: Call) -> RPCError {
        RPCError(code: .deadlineExceeded, message: "deadline exceeded before \(call.entry.method.descriptor) finished")
    }

    private func prefaceTimedOut() {
        prefaceTimer = nil
        guard !prefaceReceived, let context else { return }
        closing(.prefaceTimeout)
        logger.notice("closing a connection that sent no preface within \(limits.prefaceTimeout) (limits.prefaceTimeoutSeconds)")
        context.close(promise: nil)
    }

    /// With no call in flight, checks at `lastFrame + idleTimeout` whether the connection is still idle.
    private func armIdleTimer() {
        guard prefaceReceived, calls.isEmpty, idleTimer == nil, let loop = context?.eventLoop else { return }
        let bound = NIOLoopBound(self, eventLoop: loop)
        idleTimer = loop.scheduleTask(deadline: lastFrame + TimeAmount(limits.idleTimeout)) { bound.value.idleCheck() }
    }

    private func idleCheck() {
        idleTimer = nil
        guard calls.isEmpty, !draining else { return }
        if NIODeadline.now() - lastFrame >= TimeAmount(limits.idleTimeout) {
            logger.debug("closing a connection idle for \(limits.idleTimeout)")
            closing(.idleTimeout)
            sendGoAway(
                RPCError(
                    code: .unavailable,
                    message: "closing an idle connection: no call or frame for \(limits.idleTimeout) (send PING to keep a connection open)")
            )
            draining = true
            closeAfterFlush()
        } else {
            armIdleTimer()
        }
    }

    // MARK: Back-pressure

    /// Stops reading while the connection holds more than its buffer (requests waiting or running, replies the peer
    /// has not taken); starts again when both are below half of it.
    private func updateReading() {
        guard let context else { return }
        let writable = context.channel.isWritable
        let budget = limits.connectionBufferBytes
        if !readingPaused && (heldRequestBytes > budget || !writable) {
            readingPaused = true
            try? context.channel.syncOptions?.setOption(ChannelOptions.autoRead, value: false)
        } else if readingPaused && writable && heldRequestBytes <= budget / 2 {
            readingPaused = false
            try? context.channel.syncOptions?.setOption(ChannelOptions.autoRead, value: true)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        let writable = context.channel.isWritable
        activity.setWritable(writable)
        if writable {
            stallTimer?.cancel()
            stallTimer = nil
            let waiters = writabilityWaiters
            writabilityWaiters.removeAll()
            for waiter in waiters { waiter.succeed() }
        } else if stallTimer == nil {
            let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
            stallTimer = context.eventLoop.scheduleTask(in: TimeAmount(limits.stalledWriteTimeout)) { bound.value.writeStalled() }
        }
        updateReading()
        context.fireChannelWritabilityChanged()
    }

    /// Succeeds when the peer is taking output (at once if it is), fails if the connection closes first.
    fileprivate func whenWritable() -> EventLoopFuture<Void> {
        guard let context else { return eventLoop.makeFailedFuture(ChannelError.ioOnClosedChannel) }
        if context.channel.isWritable { return eventLoop.makeSucceededVoidFuture() }
        let promise = eventLoop.makePromise(of: Void.self)
        writabilityWaiters.append(promise)
        return promise.futureResult
    }

    private func writeStalled() {
        stallTimer = nil
        guard let context, !context.channel.isWritable else { return }
        let error = RPCError(
            code: .resourceExhausted,
            message:
                "the peer took no replies for \(limits.stalledWriteTimeout) with more than \(limits.connectionBufferBytes) bytes waiting (limits.connectionBufferBytes)"
        )
        logger.notice("closing connection: \(error.message)")
        closing(.stalledWrite)
        sendGoAway(error)
        context.flush()
        context.close(promise: nil)
    }

    // MARK: Finishing

    fileprivate func finishUnary(_ id: UInt32, _ result: Result<ByteBuffer, RPCError>) {
        guard var call = removeCall(id) else { return }  // deadline or cancel got there first
        if let expiry = call.expiry, NIODeadline.now() >= expiry {
            // Finished, but after its deadline: the caller has given up on it (gRPC's rule).
            endCall(id, Self.deadlineError(call), of: call)
        } else {
            switch result {
            case .success(let frame):
                write(frame)
                call.bytesOut = frame.readableBytes - Frame.headerSize
                endCall(id, nil, of: call)
            case .failure(let error):
                // Logged where it happened: the call's task, the dispatch entry or the failure-logging interceptor.
                endCall(id, error, of: call, log: false)
            }
        }
        scheduleFlush()
        closeIfDrained()
    }

    /// Writes one message of a streaming call; true when the peer is taking output and the next may follow at once.
    fileprivate func writeStreamed(_ id: UInt32, _ frame: ByteBuffer) throws -> Bool {
        guard let context, calls[id] != nil else { throw CancellationError() }
        calls[id]?.bytesOut += frame.readableBytes - Frame.headerSize
        write(frame)
        needsFlush = false
        context.flush()
        reportBytes()
        return context.channel.isWritable
    }

    fileprivate func finishStreaming(_ id: UInt32, _ failure: RPCError?) {
        guard let call = removeCall(id) else { return }
        // Logged by the dispatch entry or the failure-logging interceptor.
        endCall(id, failure, of: call, log: false)
        scheduleFlush()
        closeIfDrained()
    }

    private func failCall(_ id: UInt32, _ error: RPCError) {
        guard let call = removeCall(id) else { return }
        call.task?.cancel()
        endCall(id, error, of: call)
    }

    /// Forgets a call: its request no longer counts against the buffer, and the idle clock may start.
    private func removeCall(_ id: UInt32) -> Call? {
        guard let call = calls.removeValue(forKey: id) else { return nil }
        // A client-streaming call that ends before its END_STREAM (cancelled, past its deadline, refused) ends its
        // handler's requests with an error, never as if the upload were complete.
        if !call.requestsEnded { call.inbox?.finish(throwing: CancellationError()) }
        heldRequestBytes -= call.heldBytes
        callsChanged()
        updateReading()
        return call
    }

    private func callsChanged() {
        activity.setCalls(calls.count)
        if calls.isEmpty {
            armIdleTimer()
        } else if let idleTimer {
            idleTimer.cancel()
            self.idleTimer = nil
        }
    }

    // MARK: Writing

    /// Ends a call with OK (`error == nil`) or the error; logs one line for a failure. `call` is nil for a call refused
    /// at its CALL_START.
    ///
    /// Every call the host answers ends here, exactly once, so this is where calls are counted by method and status
    /// (those whose connection closes first are counted as it closes): an interceptor would miss the calls that end
    /// before a handler runs (unknown method, refused, cancelled, past the deadline) and the status the connection
    /// gives a handler's result (DEADLINE_EXCEEDED for an answer that came too late).
    private func endCall(_ id: UInt32, _ error: RPCError?, of call: Call? = nil, method: String? = nil, log: Bool = true) {
        let status = error.map(Status.init) ?? .ok
        metrics?.callEnded(call?.entry.metricSeries, code: error?.code ?? .ok, duration: .now() - (call?.started ?? lastFrame))
        audit(call: call, method: method, code: error?.code ?? .ok)
        if let error, log {
            FailureLoggingInterceptor.log(error, method: call?.entry.method.descriptor.fullName ?? "?", callID: id, logger: logger)
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
        unreportedBytes.sent += buffer.readableBytes
        context.write(wrapOutboundOut(buffer), promise: nil)
        needsFlush = true
    }

    private func flushIfNeeded() {
        guard needsFlush, let context else { return }
        needsFlush = false
        context.flush()
        reportBytes()
    }

    /// Adds the bytes read and written since the last report to the metrics.
    private func reportBytes() {
        guard let metrics, unreportedBytes != (0, 0) else { return }
        metrics.received(bytes: unreportedBytes.received)
        metrics.sent(bytes: unreportedBytes.sent)
        unreportedBytes = (0, 0)
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
        closing(.protocolViolation)
        let error = RPCError(wrapping: WireError.protocolViolation(reason))
        logger.notice("closing connection: \(error.message)")
        sendGoAway(error)
        closeAfterFlush()
    }

    private func closeAfterFlush() {
        guard let context else { return }
        needsFlush = false
        reportBytes()
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(capacity: 0))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func closeIfDrained() {
        if draining && calls.isEmpty { closeAfterFlush() }
    }

    // MARK: Audit

    /// Appends the call's record to the audit log (when on): what the connection knows, and what the call's task noted.
    /// `call` is nil for a call refused at its CALL_START (then `method` is the name asked for, if it was read).
    private func audit(call: Call?, method: String?, code: StatusCode) {
        guard let auditLog = dispatchTable.auditLog else { return }
        let noted = call?.audit?.noted ?? CallAudit.Details()
        let started = call?.started ?? lastFrame
        auditLog.append(
            AuditRecord(
                timeUnixMs: AuditLog.nowMs(), principal: noted.principal, peer: auditPeer,
                method: call?.entry.method.descriptor.fullName ?? method ?? "", authority: noted.authority, status: code.name,
                durationUs: Int((NIODeadline.now() - started).nanoseconds / 1000), bytesIn: call?.bytesIn ?? 0,
                bytesOut: call?.bytesOut ?? 0, files: noted.files, rowsStored: noted.rowsStored))
    }

    /// Records why the host is closing the connection; the first reason given stands.
    private func closing(_ reason: HostMetrics.CloseReason) {
        if closeReason == nil { closeReason = reason }
    }

    // MARK: Shutdown and replacement

    /// Stops taking calls: GOAWAY now, close once calls in flight end.
    func beginDraining() {
        guard !draining else { return }
        draining = true
        closing(.shutdown)
        if prefaceReceived {
            sendGoAway(RPCError(code: .unavailable, message: "host is shutting down"))
        }
        if calls.isEmpty { closeAfterFlush() } else { flushIfNeeded() }
    }

    /// Closes this idle connection to make room for a new one at `limits.maxConnections`.
    func replaceForNewConnection() {
        guard context != nil else { return }
        closing(.replacedIdle)
        logger.notice("closing the longest-idle connection: the host is at its connection limit (limits.maxConnections)")
        if prefaceReceived {
            sendGoAway(
                RPCError(
                    code: .resourceExhausted,
                    message: "closing this idle connection to admit a new one: the host is at its connection limit"))
        }
        draining = true
        closeAfterFlush()
    }
}

/// One call's work off the event loop: wait for the peer to take replies, take a turn from the scheduler, inflate,
/// decode, run the interceptors and handler, encode and compress; then hand the frames to the connection's loop.
private struct CallRun: Sendable {
    /// The call's request: one message, or a client-streaming call's messages as they arrive.
    enum Request: Sendable {
        case one(ByteBuffer, compressed: Bool)
        case stream(InboxReader)
    }

    let id: UInt32
    let entry: DispatchTable.Entry
    let context: CallContext
    let request: Request
    let acceptsZlib: Bool
    let connection: NIOLoopBound<ConnectionHandler>
    let loop: any EventLoop
    let activity: ConnectionActivity
    let scheduler: CallScheduler
    let zlib: ZlibPool
    let limits: WireLimits
    /// The call's audit, handed to the dispatch entry as ``CallAudit/current``.
    let audit: CallAudit?

    func run() async {
        guard let audit else { return await serve() }
        await CallAudit.$current.withValue(audit) { await serve() }
    }

    private func serve() async {
        let connection = self.connection
        let id = self.id
        do {
            // Back-pressure: no handler starts while the peer is not taking replies.
            if !activity.isWritable {
                try await loop.flatSubmit { connection.value.whenWritable() }.get()
            }
            if entry.runsAtOnce {
                let frame = try await unaryFrame()
                loop.execute { connection.value.finishUnary(id, .success(frame)) }
            } else if entry.method.kind == .unary {
                let frame = try await scheduler.run(for: ObjectIdentifier(activity)) { try await unaryFrame() }
                loop.execute { connection.value.finishUnary(id, .success(frame)) }
            } else if case .stream(let inbox) = request {
                let frame = try await scheduler.run(for: ObjectIdentifier(activity)) { try await clientStreamingFrame(inbox) }
                loop.execute { connection.value.finishUnary(id, .success(frame)) }
            } else {
                try await scheduler.run(for: ObjectIdentifier(activity)) {
                    try await entry.run(try onlyRequest(), context) { message in
                        let frame = try encodeFrame(message)
                        guard try await loop.submit({ try connection.value.writeStreamed(id, frame) }).get() else {
                            // The peer is slow: wait for it without holding a turn other connections could use.
                            try await scheduler.releasingTurn(for: ObjectIdentifier(activity)) {
                                try await loop.flatSubmit { connection.value.whenWritable() }.get()
                            }
                            return
                        }
                    }
                }
                loop.execute { connection.value.finishStreaming(id, nil) }
            }
        } catch {
            let failure = RPCError(wrapping: error)
            if entry.method.kind != .serverStreaming {
                loop.execute { connection.value.finishUnary(id, .failure(failure)) }
            } else {
                loop.execute { connection.value.finishStreaming(id, failure) }
            }
        }
    }

    /// Runs a unary call and encodes its response as a frame.
    private func unaryFrame() async throws -> ByteBuffer {
        let response = ResponseBox()
        try await entry.run(try onlyRequest(), context) { response.value = $0 }
        return try encodeFrame(response.message(of: context.method))
    }

    /// Runs a client-streaming call, its requests taken from `inbox` as they arrive, and encodes its response.
    private func clientStreamingFrame(_ inbox: InboxReader) async throws -> ByteBuffer {
        let response = ResponseBox()
        let (connection, id, activity, scheduler) = (self.connection, self.id, self.activity, self.scheduler)
        let next: @Sendable () async throws -> ByteBuffer? = {
            // Waiting for the client's next message holds no turn other connections could use; a message already here is
            // taken at once (an upload of many small messages would otherwise queue for a turn per message).
            let next =
                inbox.hasQueued
                ? try await inbox.next() : try await scheduler.releasingTurn(for: ObjectIdentifier(activity)) { try await inbox.next() }
            switch next {
            case .message(let payload, let compressed):
                let bytes = payload.readableBytes
                loop.execute { connection.value.consumed(id, bytes: bytes) }
                return try inflated(payload, compressed: compressed)
            case .end:
                return nil
            case nil:
                // The requests ended without END_STREAM: the call was cancelled or its connection closed.
                throw CancellationError()
            }
        }
        try await entry.runStream(next, context) { response.value = $0 }
        return try encodeFrame(response.message(of: context.method))
    }

    /// The one request message's bytes, inflated if the client compressed them.
    private func onlyRequest() throws -> ByteBuffer {
        guard case .one(let payload, let compressed) = request else {
            throw RPCError(code: .internalError, message: "\(context.method) takes one request message")
        }
        return try inflated(payload, compressed: compressed)
    }

    /// A request message's bytes, inflated if the client compressed them.
    private func inflated(_ payload: ByteBuffer, compressed: Bool) throws -> ByteBuffer {
        guard compressed else { return payload }
        var inflated = ByteBufferAllocator().buffer(capacity: min(payload.readableBytes * 4, limits.maxMessageBytes))
        do {
            try zlib.withCodec { codec throws(WireError) in
                try codec.decompress(payload, limit: limits.maxMessageBytes, into: &inflated)
            }
        } catch {
            throw logged(RPCError(wrapping: error))
        }
        return inflated
    }

    /// Logs a failure of the host's own part of the call (the handler's are logged by the interceptor).
    private func logged(_ failure: RPCError) -> RPCError {
        FailureLoggingInterceptor.log(failure, context: context, logger: context.logger)
        return failure
    }

    /// A MESSAGE frame holding `message`, compressed when the client accepts it, it is large enough and it does not
    /// carry compressed data already (a snapshot chunk).
    private func encodeFrame(_ message: any ProtoMessage) throws -> ByteBuffer {
        let allocator = ByteBufferAllocator()
        var buffer = allocator.buffer(capacity: 256)
        let schema = entry.schema.output
        do {
            try buffer.writeFrame(type: .message, callID: id) { payload in
                try schema.encode(message, into: &payload)
            }
        } catch {
            throw logged(
                RPCError(code: .internalError, message: "cannot encode the response of \(context.method): \(error)", cause: error))
        }
        let payloadLength = buffer.readableBytes - Frame.headerSize
        let precompressed = (message as? any PrecompressedMessage)?.carriesCompressedData ?? false
        guard acceptsZlib && !precompressed && payloadLength >= limits.compressionThresholdBytes else { return buffer }
        var compressed = allocator.buffer(capacity: payloadLength / 2 + 64)
        let plain = buffer.getSlice(at: buffer.readerIndex + Frame.headerSize, length: payloadLength)!
        do {
            try compressed.writeFrame(type: .message, flags: .compressed, callID: id) { target in
                try zlib.withCodec { codec throws(WireError) in try codec.compress(plain, into: &target) }
            }
        } catch {
            throw logged(RPCError(wrapping: error))
        }
        return compressed
    }
}

/// The one response of a unary call, set by its handler's task before the task finishes.
private final class ResponseBox: @unchecked Sendable {
    // @unchecked: written once by the call's task, read by the same task after the handler returns.
    var value: (any ProtoMessage)?

    /// The response, or INTERNAL when the handler gave none.
    func message(of method: MethodDescriptor) throws -> any ProtoMessage {
        guard let value else { throw RPCError(code: .internalError, message: "\(method) returned no response") }
        return value
    }
}

/// What the connection hands a client-streaming call's task: a request message, or END_STREAM.
enum InboundRequest: Sendable {
    case message(ByteBuffer, compressed: Bool)
    case end
}

/// A client-streaming call's queue of requests, read by its one task.
final class InboxReader: @unchecked Sendable {
    // @unchecked: the iterator is advanced only by the call's task, one `next()` at a time.
    private var iterator: AsyncThrowingStream<InboundRequest, any Error>.AsyncIterator

    init(_ stream: AsyncThrowingStream<InboundRequest, any Error>) {
        iterator = stream.makeAsyncIterator()
    }

    private var ended = false
    /// Requests queued and not yet taken (counted by the connection before it queues one).
    private let queued = Atomic<Int>(0)

    /// The connection is about to queue a request.
    func queuing() {
        queued.add(1, ordering: .relaxed)
    }

    /// Whether a request (or END_STREAM) is queued, so ``next()`` returns without waiting.
    var hasQueued: Bool { ended || queued.load(ordering: .relaxed) > 0 }

    /// The next request or END_STREAM (again, once it has come); nil when the queue ended without END_STREAM (or the
    /// task was cancelled).
    func next() async throws -> InboundRequest? {
        if ended { return .end }
        let next = try await iterator.next()
        if next != nil { queued.subtract(1, ordering: .relaxed) }
        if case .end = next { ended = true }
        return next
    }
}
