/// A table of methods. Each module registers into a router of its own in
/// ``DomainModule/registerMethods(with:context:)``; the host merges them (``merge(_:)``) into the one table it
/// serves, built once at start-up and immutable while serving.
///
/// Registering the same method twice — in one router or across merged ones — is a start-up error naming both
/// modules, never a silent replacement.
public struct Router: Sendable {
    /// Every registered method by its full name (`service/method`).
    public private(set) var methods: [String: RegisteredMethod] = [:]
    /// The module whose router this is (`host` for the built-in services).
    public let moduleID: String

    /// Creates an empty router; its methods belong to `moduleID`.
    public init(moduleID: String = "host") {
        self.moduleID = moduleID
    }

    /// Adds every method of `other`; a method both routers hold is refused, naming both modules.
    public mutating func merge(_ other: Router) throws {
        for name in other.methods.keys.sorted() {
            guard let method = other.methods[name] else { continue }
            if let existing = methods[name] {
                throw RouterError.duplicateMethod(name, firstModule: existing.moduleID, secondModule: method.moduleID)
            }
            methods[name] = method
        }
    }

    /// Looks a method up by its full name.
    public subscript(fullName: String) -> RegisteredMethod? { methods[fullName] }

    /// Registers a unary method. The handler's request and response types are the method's,
    /// so registering a handler for the wrong method does not compile.
    ///
    /// `access` declares what the method does (read or write, aggregate or record-level) and where the authority it
    /// acts for comes from; the host enforces it before the handler runs (see docs/security.md).
    public mutating func register<Method: UnaryRPCMethod>(
        _ method: Method.Type,
        access: Access<Method.Input>,
        handler: @escaping @Sendable (Method.Input, CallContext) async throws -> Method.Output
    ) throws {
        try add(
            Method.descriptor, access: access.declaration, partnerView: Self.partnerView(of: Method.Output.self),
            handler: .unary(input: Method.Input.self, output: Method.Output.self) { request, context in
                try await handler(try Self.typed(request, Method.self), context)
            })
    }

    /// Registers a server-streaming method.
    public mutating func register<Method: ServerStreamingRPCMethod>(
        _ method: Method.Type,
        access: Access<Method.Input>,
        handler: @escaping @Sendable (Method.Input, ResponseWriter<Method.Output>, CallContext) async throws -> Void
    ) throws {
        try add(
            Method.descriptor, access: access.declaration, partnerView: Self.partnerView(of: Method.Output.self),
            handler: .serverStreaming(input: Method.Input.self, output: Method.Output.self) { request, context, sink in
                try await handler(try Self.typed(request, Method.self), ResponseWriter { try await sink.write($0) }, context)
            })
    }

    /// Registers a client-streaming method: the handler reads the requests as they arrive and returns the one response.
    ///
    /// `access` is enforced before the handler runs, against the first request message (an authority field is read from
    /// it), or against an empty request when the client sends none.
    public mutating func register<Method: ClientStreamingRPCMethod>(
        _ method: Method.Type,
        access: Access<Method.Input>,
        handler: @escaping @Sendable (RequestStream<Method.Input>, CallContext) async throws -> Method.Output
    ) throws {
        try add(
            Method.descriptor, access: access.declaration, partnerView: Self.partnerView(of: Method.Output.self),
            handler: .clientStreaming(input: Method.Input.self, output: Method.Output.self) { requests, context in
                try await handler(RequestStream(requests), context)
            })
    }

    private static func typed<Method: RPCMethod>(_ request: any ProtoMessage, _ method: Method.Type) throws -> Method.Input {
        guard let typed = request as? Method.Input else {
            throw RPCError(
                code: .internalError, message: "\(Method.descriptor) was handed a \(type(of: request)), not a \(Method.Input.self)")
        }
        return typed
    }

    /// What partners see of a response: its own suppression, when its type has one.
    private static func partnerView(of output: any ProtoMessage.Type) -> (@Sendable (any ProtoMessage) -> any ProtoMessage)? {
        guard output is any SmallNumberSuppressible.Type else { return nil }
        return { message in (message as? any SmallNumberSuppressible)?.suppressingSmallNumbers() ?? message }
    }

    private mutating func add(
        _ method: MethodDescriptor, access: MethodAccess, partnerView: (@Sendable (any ProtoMessage) -> any ProtoMessage)?,
        handler: RegisteredMethod.Handler
    ) throws {
        if let existing = methods[method.fullName] {
            throw RouterError.duplicateMethod(method.fullName, firstModule: existing.moduleID, secondModule: moduleID)
        }
        if access.operation == .read, access.level == .aggregate, partnerView == nil {
            throw RouterError.partnerResponseNotSuppressible(method.fullName, module: moduleID)
        }
        methods[method.fullName] = RegisteredMethod(
            descriptor: method, moduleID: moduleID, access: access, partnerView: partnerView, handler: handler)
    }
}

/// Why a router could not be built.
public enum RouterError: Error, Sendable, CustomStringConvertible {
    /// Two registrations named the same method.
    case duplicateMethod(String, firstModule: String, secondModule: String)
    /// A method partners may read (read, aggregate) whose response does not say how its small numbers are withheld.
    case partnerResponseNotSuppressible(String, module: String)

    /// A sentence naming the method and both modules.
    public var description: String {
        switch self {
        case .duplicateMethod(let name, let first, let second):
            "method \(name) is registered twice (by module '\(first)' and by module '\(second)')"
        case .partnerResponseNotSuppressible(let name, let module):
            "method \(name) (module '\(module)') is declared read, aggregate, so partners may call it, but its response "
                + "type does not conform to SmallNumberSuppressible: declare how its small numbers are withheld, or declare "
                + "the method record-level"
        }
    }
}
