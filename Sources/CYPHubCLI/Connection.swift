public import CYPHubClient
public import CYPHubCore

/// Connects to `global.server`, runs `body` with a caller, and closes the connection.
public func withCaller<T: Sendable>(_ global: GlobalOptions, _ body: (any RPCCaller) async throws -> T) async throws -> T {
    let client = try await CYPHubClient.connect(to: global.server, tls: global.clientTLS, token: global.bearerToken)
    do {
        let result = try await body(TimeoutCaller(base: client, timeout: .milliseconds(Int64(global.timeout * 1000))))
        await client.close()
        return result
    } catch {
        await client.close()
        throw error
    }
}

/// Connects to `global.server` and hands over the concrete client (for the built-in services).
public func withClient<T: Sendable>(_ global: GlobalOptions, _ body: (CYPHubClient) async throws -> T) async throws -> T {
    let client = try await CYPHubClient.connect(to: global.server, tls: global.clientTLS, token: global.bearerToken)
    do {
        let result = try await body(client)
        await client.close()
        return result
    } catch {
        await client.close()
        throw error
    }
}

/// Applies `--timeout` to every call.
struct TimeoutCaller: RPCCaller {
    let base: any RPCCaller
    let timeout: Duration

    func unary<Method: UnaryRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions
    ) async throws -> Method.Output {
        var options = options
        options.timeout = timeout
        return try await base.unary(method, request: request, options: options)
    }

    func serverStreaming<Method: ServerStreamingRPCMethod>(
        _ method: Method.Type, request: Method.Input, options: CallOptions,
        onResponse: @escaping @Sendable (Method.Output) async throws -> Void
    ) async throws {
        var options = options
        options.timeout = timeout
        try await base.serverStreaming(method, request: request, options: options, onResponse: onResponse)
    }

    func clientStreaming<Method: ClientStreamingRPCMethod, Requests: AsyncSequence>(
        _ method: Method.Type, requests: Requests, options: CallOptions
    ) async throws -> Method.Output where Requests.Element == Method.Input {
        var options = options
        options.timeout = timeout
        return try await base.clientStreaming(method, requests: requests, options: options)
    }
}
