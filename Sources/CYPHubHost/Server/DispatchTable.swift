import CYPHubCore
import CYPHubWire
import Logging
import NIOCore
import Synchronization

/// The immutable table of the methods a host serves, built once at start-up: each entry decodes a request, runs the
/// interceptors and the handler. Connections and in-process calls both look methods up in it.
struct DispatchTable: Sendable {
    struct Entry: Sendable {
        let method: RegisteredMethod
        let schema: MethodSchema
        /// The host's health check and module listing: cheap, and what monitors rely on, so they run at once on their
        /// connection's event loop instead of waiting for a turn among the module handlers.
        let runsAtOnce: Bool
        /// Its calls' series in the host's metrics (nil when metrics are off).
        let metricSeries: HostMetrics.MethodSeries?
        /// Decodes a request message: protobuf-c's unpack under the host's allocation limit, then the Swift mapping.
        /// ``run`` decodes with it; tools (the request fuzzer) call it alone.
        let decode: @Sendable (ByteBuffer) throws(WireError) -> any ProtoMessage
        /// Decodes the request, runs the interceptors and the handler, and hands each response to `emit` (once
        /// for a unary method). Connections and in-process calls both serve through it.
        let run: Run
        /// ``run`` for a client-streaming method: `next` gives each request message's bytes (inflated) in order, and nil
        /// once the client has sent its last. Access is checked against the first message. (``run`` of a
        /// client-streaming method serves a stream of its one payload.)
        let runStream: RunStream

        /// Failures before the handler (a request that does not decode) are logged here, in the line the
        /// ``FailureLoggingInterceptor`` writes for the handler's failures, when `logger` is given. With `metrics`, the
        /// rows an import stored are counted as its handler returns, for a method whose response is an
        /// ``ImportOutcome`` (known here, once, so other calls pay no cast).
        init(
            method: RegisteredMethod, schema: MethodSchema, limits: WireLimits, interceptors: [any ServerInterceptor],
            logger: Logger?, metrics: HostMetrics? = nil, accessControl: AccessControl? = nil, importLog: ImportLog? = nil
        ) {
            self.method = method
            self.schema = schema
            self.runsAtOnce = DispatchTable.monitoringServices.contains(method.descriptor.service)
            self.metricSeries = metrics?.series(forMethod: method.descriptor.fullName)
            let decodeLimit = limits.maxDecodeAllocationBytes
            let input = schema.input
            let requestType: any ProtoMessage.Type =
                switch method.handler {
                case .unary(let type, _, _), .serverStreaming(let type, _, _), .clientStreaming(let type, _, _): type
                }
            let decode: @Sendable (ByteBuffer) throws(WireError) -> any ProtoMessage = { payload throws(WireError) in
                try input.decode(requestType, from: payload, allocationLimit: decodeLimit)
            }
            self.decode = decode
            /// Runs a step of the host's before the handler (authentication, decoding, authorization), logging a failure.
            @Sendable func checked<Value>(_ context: CallContext, _ step: () async throws -> Value) async throws -> Value {
                do {
                    return try await step()
                } catch {
                    let failure = RPCError(wrapping: error)
                    if let logger { FailureLoggingInterceptor.log(failure, context: context, logger: logger) }
                    throw failure
                }
            }
            // The audit log (see ``CallAudit``): whether the request carries files, known once so other calls pay no cast.
            let carriesFiles = requestType is any ImportRequestFiles.Type
            let streamsFiles = requestType is any ImportStreamPiece.Type
            @Sendable func audited(_ request: any ProtoMessage, _ context: CallContext) {
                CallAudit.current?.note(request: request, context: context, access: method.access, carriesFiles: carriesFiles)
            }
            // The import log (the provenance of snapshots): an import's files, hashed as the audit log hashes them (so
            // an import has a ``CallAudit`` even with the audit log off), and the authorities its rows named.
            let outputType: any ProtoMessage.Type =
                switch method.handler {
                case .unary(_, let type, _), .serverStreaming(_, let type, _), .clientStreaming(_, let type, _): type
                }
            let logsImports = importLog != nil && outputType is any ImportOutcome.Type
            @Sendable func recordingImport(_ body: () async throws -> Void) async throws {
                guard logsImports else { return try await body() }
                try await AuthorityGuard.$seen.withValue(SeenAuthorities()) {
                    guard CallAudit.current == nil else { return try await body() }
                    try await CallAudit.$current.withValue(CallAudit()) { try await body() }
                }
            }
            @Sendable func stored(_ outcome: any ImportOutcome, _ context: CallContext) async {
                metrics?.countImport(outcome, module: method.moduleID)
                CallAudit.current?.noteStored(outcome)
                guard let importLog, let audit = CallAudit.current else { return }
                await importLog.record(
                    module: method.moduleID, files: audit.noted.files, outcome: outcome, authorities: AuthorityGuard.seen?.sorted ?? [],
                    principal: context.principal.name, at: ImportLog.nowMs(), logger: logger ?? context.logger)
            }
            let access = method.access
            let checksAccess = accessControl != nil && access.operation != .open
            /// Authenticates the caller, decodes the request and checks the caller may make it (in that order: a caller
            /// without credentials learns nothing of the request's validity), then runs `body` as the principal, with
            /// the principal's authorities guarding what the core reads for the handler (an import's rows).
            @Sendable func admitted(
                _ source: RequestSource, _ context: CallContext,
                _ body: @Sendable (any ProtoMessage, CallContext) async throws -> Void
            ) async throws {
                var context = context
                if checksAccess, let accessControl {
                    context.principal = try await checked(context) { try await accessControl.authenticate(context) }
                } else if let accessControl, accessControl.required {
                    // An open method on a host that requires credentials: the call is not authenticated.
                    context.principal = .unauthenticated
                }
                let request = try await checked(context) { try decode(try await source.payload()) }
                audited(request, context)
                if checksAccess, let accessControl {
                    let principal = context.principal
                    _ = try await checked(context) {
                        try accessControl.authorize(principal, access, method: method.descriptor, request: request)
                    }
                }
                try await AuthorityGuard.$permitted.withValue(context.principal.authorities) {
                    try await body(request, context)
                }
            }
            /// What the caller sees of a response: partners, the small-number view (``SmallNumberSuppressible``).
            let partnerView = method.partnerView
            @Sendable func view(_ response: any ProtoMessage, for context: CallContext) -> any ProtoMessage {
                guard context.principal.role == .partner, let partnerView else { return response }
                return partnerView(response)
            }
            switch method.handler {
            case .unary(_, let output, let handler):
                let isImport = output is any ImportOutcome.Type
                let single: Run = { payload, context, emit in
                    try await recordingImport {
                        try await admitted(.one(payload), context) { request, context in
                            try await interceptors.wrapping { request, context in
                                let response = try await handler(request, context)
                                if isImport, let outcome = response as? any ImportOutcome { await stored(outcome, context) }
                                try await emit(view(response, for: context))
                            }(request, context)
                        }
                    }
                }
                run = single
                runStream = Self.streamOfOne(single, method: method.descriptor)
            case .serverStreaming(_, _, let handler):
                let single: Run = { payload, context, emit in
                    try await admitted(.one(payload), context) { request, context in
                        try await interceptors.wrapping { request, context in
                            try await handler(request, context, MessageStreamWriter { try await emit(view($0, for: context)) })
                        }(request, context)
                    }
                }
                run = single
                runStream = Self.streamOfOne(single, method: method.descriptor)
            case .clientStreaming(_, let output, let handler):
                let isImport = output is any ImportOutcome.Type
                let stream: RunStream = { next, context, emit in try await recordingImport { try await streamed(next, context, emit) } }
                @Sendable func streamed(
                    _ next: @escaping @Sendable () async throws -> ByteBuffer?, _ context: CallContext, _ emit: @escaping Emit
                ) async throws {
                    // The first message is decoded and checked before the handler runs (an empty request stands in
                    // when the client sends none); the handler then reads that message first, and the rest after it.
                    let first = FirstRequest()
                    let firstPayload = RequestSource.next {
                        guard let payload = try await next() else { return ByteBuffer() }
                        first.arrived()
                        return payload
                    }
                    // The audit log records a streamed file with the SHA-256 of all its pieces.
                    let fileAudit = streamsFiles && CallAudit.current != nil ? StreamedFileAudit() : nil
                    try await admitted(firstPayload, context) { request, context in
                        try await interceptors.wrapping { request, context in
                            let messages = RequestMessages {
                                if first.take() {
                                    fileAudit?.add(request)
                                    return request
                                }
                                guard let payload = try await next() else {
                                    fileAudit?.finished(into: CallAudit.current)
                                    return nil
                                }
                                let message = try decode(payload)
                                fileAudit?.add(message)
                                return message
                            }
                            let response = try await handler(messages, context)
                            if isImport, let outcome = response as? any ImportOutcome { await stored(outcome, context) }
                            try await emit(view(response, for: context))
                        }(request, context)
                    }
                }
                runStream = stream
                run = { payload, context, emit in
                    let one = FirstRequest()
                    one.arrived()
                    try await stream({ one.take() ? payload : nil }, context, emit)
                }
            }
        }

        typealias Emit = @Sendable (any ProtoMessage) async throws -> Void
        typealias Run = @Sendable (ByteBuffer, CallContext, @escaping Emit) async throws -> Void
        typealias RunStream =
            @Sendable (@escaping @Sendable () async throws -> ByteBuffer?, CallContext, @escaping Emit) async throws -> Void

        /// ``runStream`` of a method that takes one request: exactly one message, and no more.
        private static func streamOfOne(_ run: @escaping Run, method: MethodDescriptor) -> RunStream {
            { next, context, emit in
                guard let payload = try await next() else {
                    throw RPCError(code: .invalidArgument, message: "no request message for \(method)")
                }
                try await run(payload, context, emit)
            }
        }
    }

    /// Where a call's (first) request comes from: at hand, or from the client's stream.
    private enum RequestSource: Sendable {
        case one(ByteBuffer)
        case next(@Sendable () async throws -> ByteBuffer)

        func payload() async throws -> ByteBuffer {
            switch self {
            case .one(let payload): payload
            case .next(let read): try await read()
            }
        }
    }

    /// Whether a client-streaming call's first request message has arrived and not yet been handed to the handler.
    private final class FirstRequest: Sendable {
        private let pending = Mutex(false)

        func arrived() { pending.withLock { $0 = true } }

        /// True once, if the first message arrived.
        func take() -> Bool {
            pending.withLock { pending in
                defer { pending = false }
                return pending
            }
        }
    }

    /// Services whose methods run at once (see ``Entry/runsAtOnce``).
    static let monitoringServices: Set<String> = [Health.Method.Check.descriptor.service, Modules.Method.List.descriptor.service]

    let entries: [String: Entry]
    /// Proto packages of compiled modules that are not enabled, with their module ids.
    let disabledPackages: [String: String]
    let schema: ProtoSchema
    /// Frame, message, decoding, call and connection limits (`limits.*` in the configuration).
    let limits: WireLimits
    let logger: Logger
    /// Where every call's record goes (nil when `audit.enabled` is false).
    var auditLog: AuditLog? = nil

    /// The error for a method that is not served: disabled module or unknown method. The client's name is echoed cut
    /// and escaped (it may hold up to 256 bytes of anything but NUL).
    func unavailable(_ name: String) -> RPCError {
        if let method = MethodDescriptor(fullName: name), let module = disabledPackages[method.protoPackage] {
            return RPCError(
                code: .failedPrecondition,
                message: "module \(module) is not enabled on this host (method \(EchoedText.quoted(name)))",
                metadata: ["cyphub-module": module]
            )
        }
        return RPCError(
            code: .unimplemented,
            message: "unknown method '\(EchoedText.quoted(name))' (expected package.Service/Method; `cyp modules` lists them)")
    }
}
