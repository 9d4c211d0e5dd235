public import CYPHubCore
public import Logging

/// Logs one line per call whose handler fails: method, call id, status code, message and cause — at `error` for
/// faults in the host (`INTERNAL`, `DATA_LOSS`, `UNKNOWN`), at `notice` otherwise. A call cancelled by its client
/// or its deadline is logged by the connection, which knows why. Successful calls are not logged.
public struct FailureLoggingInterceptor: ServerInterceptor {
    let logger: Logger

    /// Creates the interceptor.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// Runs the call and logs its failure.
    public func intercept(
        request: any ProtoMessage,
        context: CallContext,
        next: @Sendable (any ProtoMessage, CallContext) async throws -> Void
    ) async throws {
        do {
            try await next(request, context)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            let failure = RPCError(wrapping: error)
            Self.log(failure, context: context, logger: logger)
            throw failure
        }
    }

    /// The one line for a failed call.
    static func log(_ failure: RPCError, context: CallContext, logger: Logger) {
        log(failure, method: context.method.fullName, callID: context.callID, logger: logger)
    }

    /// The one line for a failed call, on one line whatever the message holds (client text in it is cut when the
    /// message is built; control characters are escaped here).
    static func log(_ failure: RPCError, method: String, callID: UInt32, logger: Logger) {
        let cause = failure.cause.map { " cause=\($0)" } ?? ""
        let line: Logger.Message =
            "call failed method=\(EchoedText.quoted(method)) call=\(callID) code=\(failure.code.name) message=\(EchoedText.singleLine(failure.message + cause))"
        if failure.code == .internalError || failure.code == .dataLoss || failure.code == .unknown {
            logger.error(line)
        } else {
            logger.notice(line)
        }
    }
}
