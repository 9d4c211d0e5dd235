public import Logging

/// Calls a router's handlers directly, without a network or protobuf-c, for module tests.
///
/// Requests and responses still go through ``ProtoEncoder`` and ``ProtoDecoder``, so a test sees
/// the same proto3 defaults a remote client would. The host's end-to-end tests cover the wire.
public struct InProcessCaller: RPCCaller {
    /// The router whose handlers are called.
    public let router: Router
    private let logger: Logger

    /// Creates a caller over a router.
    public init(router: Router, logger: Logger = Logger(label: "cyphub.inprocess")) {
        self.router = router
        self.logger = logger
    }

    /// Builds a router from one module over `storage`, applying its migrations, and returns a caller; `settings`
    /// are the module's own section (`modules.settings.<id>`).
    public static func forModule(
        _ module: any DomainModule,
        storage: Storage,
        settings: [String: SettingValue] = [:]
    ) throws -> InProcessCaller {
        try forModule(
            module, storage: storage,
            settings: ModuleSettings(values: settings, file: "test", keyPrefix: "modules.settings.\(module.descriptor.id)"))
    }

    /// Builds a router from one module over `storage` with `settings` (a reader scoped to the module's section,
    /// e.g. one whose configuration also holds another module's section), and returns a caller. A setting the
    /// module did not read is an error, as at start-up.
    public static func forModule(_ module: any DomainModule, storage: Storage, settings: ModuleSettings) throws -> InProcessCaller {
        try StorageMigrator(modules: [module]).migrate(storage)
        let logger = Logger(label: "cyphub.\(module.descriptor.id)")
        let context = ModuleContext(settings: settings, storage: storage, logger: logger)
        var router = Router(moduleID: module.descriptor.id)
        try module.registerMethods(with: &router, context: context)
        try settings.rejectUnread("unknown setting for module '\(module.descriptor.id)'")
        return InProcessCaller(router: router, logger: logger)
    }

    private func method(_ descriptor: MethodDescriptor) throws -> RegisteredMethod {
        guard let method = router[descriptor.fullName] else {
            throw RPCError(code: .unimplemented, message: "unknown method \(descriptor)")
        }
        return method
    }

    /// Calls a unary method.
    public func unary<Request: Encodable & Sendable, Response: Decodable & Sendable>(
        _ descriptor: MethodDescriptor,
        request: Request,
        response: Response.Type,
        options: CallOptions
    ) async throws -> Response {
        guard case .unary(let handler) = try method(descriptor).handler else {
            throw RPCError(code: .unimplemented, message: "\(descriptor) is not unary")
        }
        let context = CallContext(method: descriptor, metadata: options.metadata, logger: logger)
        do {
            let fields = try await handler(try ProtoEncoder().encode(request), context)
            return try ProtoDecoder().decode(Response.self, from: fields)
        } catch {
            throw RPCError(wrapping: error)
        }
    }

    /// Calls a server-streaming method.
    public func serverStreaming<Request: Encodable & Sendable, Response: Decodable & Sendable>(
        _ descriptor: MethodDescriptor,
        request: Request,
        response: Response.Type,
        options: CallOptions,
        onResponse: @escaping @Sendable (Response) async throws -> Void
    ) async throws {
        guard case .serverStreaming(let handler) = try method(descriptor).handler else {
            throw RPCError(code: .unimplemented, message: "\(descriptor) is not server-streaming")
        }
        let context = CallContext(method: descriptor, metadata: options.metadata, logger: logger)
        do {
            try await handler(
                try ProtoEncoder().encode(request), context,
                RawResponseWriter { fields in
                    try await onResponse(try ProtoDecoder().decode(Response.self, from: fields))
                })
        } catch {
            throw RPCError(wrapping: error)
        }
    }

    /// Calls a unary method of generated messages (directly: no codec).
    public func unary<Method: UnaryRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions
    ) async throws -> Method.Output {
        guard case .messageUnary(_, _, let handler) = try self.method(Method.descriptor).handler else {
            throw RPCError(code: .unimplemented, message: "\(Method.descriptor) is not a unary method of generated messages")
        }
        let context = CallContext(method: Method.descriptor, metadata: options.metadata, logger: logger)
        do {
            guard let response = try await handler(request, context) as? Method.Output else {
                throw RPCError(code: .internalError, message: "\(Method.descriptor) answered with the wrong type")
            }
            return response
        } catch {
            throw RPCError(wrapping: error)
        }
    }

    /// Calls a server-streaming method of generated messages (directly: no codec).
    public func serverStreaming<Method: ServerStreamingRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions,
        onResponse: @escaping @Sendable (Method.Output) async throws -> Void
    ) async throws {
        guard case .messageStreaming(_, _, let handler) = try self.method(Method.descriptor).handler else {
            throw RPCError(code: .unimplemented, message: "\(Method.descriptor) is not a streaming method of generated messages")
        }
        let context = CallContext(method: Method.descriptor, metadata: options.metadata, logger: logger)
        do {
            try await handler(
                request, context,
                MessageStreamWriter { message in
                    guard let typed = message as? Method.Output else {
                        throw RPCError(code: .internalError, message: "\(Method.descriptor) streamed the wrong type")
                    }
                    try await onResponse(typed)
                })
        } catch {
            throw RPCError(wrapping: error)
        }
    }
}
