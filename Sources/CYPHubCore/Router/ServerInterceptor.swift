/// Runs around every call a host serves, after the request is decoded and before the handler: the one place for
/// what cuts across every method's handling — failure logging now, access control next. Modelled on grpc-swift's
/// `ServerInterceptor`. (Calls are counted for the metrics where the connection ends them instead: an interceptor
/// never sees a call that ends before its handler runs, nor the status the connection finally gives it.)
///
/// The host runs its interceptors in order, the first outermost; each calls `next` to run the rest of the chain
/// and the handler, or throws instead to refuse the call (its error is the call's status).
public protocol ServerInterceptor: Sendable {
    /// Runs `next` with the request and context (possibly changed), or throws to refuse the call.
    func intercept(
        request: any ProtoMessage,
        context: CallContext,
        next: @Sendable (any ProtoMessage, CallContext) async throws -> Void
    ) async throws
}

extension Array where Element == any ServerInterceptor {
    /// `handler` wrapped in every interceptor, the first outermost.
    public func wrapping(
        _ handler: @escaping @Sendable (any ProtoMessage, CallContext) async throws -> Void
    ) -> @Sendable (any ProtoMessage, CallContext) async throws -> Void {
        reversed().reduce(handler) { next, interceptor in
            { request, context in try await interceptor.intercept(request: request, context: context, next: next) }
        }
    }
}
