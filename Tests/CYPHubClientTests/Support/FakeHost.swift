import CYPHubClient
import CYPHubCore
import CYPHubWire
import NIOCore
import NIOPosix
import Testing

/// A scripted peer on 127.0.0.1 that speaks raw bytes and frames, for tests of how the client meets a host that
/// misbehaves. Every accepted connection runs `script`; the server and its connections stop when `body` returns.
enum FakeHost {
    /// Runs a fake host, then `body` with its port. A script that throws (other than by being cancelled) is
    /// recorded as a test issue.
    static func withRunning<T: Sendable>(
        script: @escaping @Sendable (FakeConnection) async throws -> Void,
        _ body: (_ port: Int) async throws -> T
    ) async throws -> T {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder(maxPayloadBytes: 1 << 24)))
                    return try NIOAsyncChannel<WireEvent, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let port = try #require(server.channel.localAddress?.port)
        let schema = try ProtoSchema.load()
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.executeThenClose { inbound in
                    try await withThrowingDiscardingTaskGroup { connections in
                        for try await connection in inbound {
                            connections.addTask {
                                do {
                                    try await connection.executeThenClose { input, output in
                                        try await script(FakeConnection(input: input, output: output, schema: schema))
                                    }
                                } catch is CancellationError {
                                } catch {
                                    if !Task.isCancelled { Issue.record(error, "the fake host's script failed") }
                                }
                            }
                        }
                    }
                }
            }
            do {
                let result = try await body(port)
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}

/// One connection to the fake host, as its script sees it.
final class FakeConnection {
    private var input: NIOAsyncChannelInboundStream<WireEvent>.AsyncIterator
    private let output: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let schema: ProtoSchema

    init(input: NIOAsyncChannelInboundStream<WireEvent>, output: NIOAsyncChannelOutboundWriter<ByteBuffer>, schema: ProtoSchema) {
        self.input = input.makeAsyncIterator()
        self.output = output
        self.schema = schema
    }

    /// A call the client started: its id, CALL_START and request payload.
    struct StartedCall: Sendable {
        var id: UInt32
        var start: CallStart
        var request: ByteBuffer
        var method: String { start.method }
    }

    /// The next frame from the client (its preface is skipped); `nil` when the client has closed.
    func nextFrame() async throws -> Frame? {
        while let event = try await input.next() {
            if case .frame(let frame) = event { return frame }
        }
        return nil
    }

    /// The next frame, which must exist.
    func requireFrame() async throws -> Frame {
        let frame = try await nextFrame()
        return try #require(frame, "the client closed the connection")
    }

    /// Reads the CALL_START and request MESSAGE of the next `count` calls.
    func readCalls(_ count: Int) async throws -> [StartedCall] {
        var starts: [UInt32: CallStart] = [:]
        var calls: [StartedCall] = []
        while calls.count < count {
            let frame = try await requireFrame()
            switch frame.type {
            case .callStart:
                starts[frame.callID] = try schema.decodeCallStart(frame.payload, allocationLimit: 1 << 20)
            case .message:
                let start = starts.removeValue(forKey: frame.callID)
                calls.append(
                    StartedCall(id: frame.callID, start: try #require(start, "a MESSAGE before its CALL_START"), request: frame.payload))
            default:
                Issue.record("expected a call, got \(frame.type) for call \(frame.callID)")
            }
        }
        return calls
    }

    /// Every frame until the client closes the connection.
    func framesUntilClosed() async throws -> [Frame] {
        var frames: [Frame] = []
        while let frame = try await nextFrame() { frames.append(frame) }
        return frames
    }

    /// Sends raw bytes.
    func send(bytes: [UInt8]) async throws {
        try await output.write(ByteBuffer(bytes: bytes))
    }

    /// Sends the 8-byte preface.
    func sendPreface(version: UInt16 = Preface.version) async throws {
        try await output.write(Preface.buffer(version: version))
    }

    /// Sends a frame.
    func send(_ frame: Frame) async throws {
        var buffer = ByteBuffer()
        buffer.writeFrame(frame)
        try await output.write(buffer)
    }

    /// Sends one response message of a call.
    func sendMessage(_ id: UInt32, _ message: some ProtoMessage, method: String) async throws {
        var payload = ByteBuffer()
        try #require(schema.method(method)).output.encode(message, into: &payload)
        try await send(Frame(type: .message, callID: id, payload: payload))
    }

    /// Ends a call with `status`.
    func sendEnd(_ id: UInt32, _ status: Status = .ok) async throws {
        var payload = ByteBuffer()
        try schema.encodeStatus(status, into: &payload)
        try await send(Frame(type: .callEnd, callID: id, payload: payload))
    }

    /// Answers an Echo call as the real host would: its payload back, then OK.
    func answerEcho(_ call: StartedCall) async throws {
        let method = try #require(schema.method(Methods.echo))
        let request = try method.input.decode(EchoRequest.self, from: call.request, allocationLimit: 1 << 20)
        try await sendMessage(call.id, EchoResponse(payload: request.payload), method: Methods.echo)
        try await sendEnd(call.id)
    }

    /// Sends GOAWAY.
    func sendGoAway(lastCallID: UInt32, code: StatusCode = .unavailable, message: String) async throws {
        var payload = ByteBuffer()
        try schema.goAway.encode(GoAway(lastCallId: lastCallID, code: Int(code.rawValue), message: message), into: &payload)
        try await send(Frame(type: .goAway, callID: 0, payload: payload))
    }
}

/// The method names the tests call through the fake host.
enum Methods {
    static let health = "cyphub.host.v1.Health/Check"
    static let echo = "cyphub.host.v1.Diagnostics/Echo"
    static let count = "cyphub.testing.v1.TestingService/Count"
}

extension FakeHost {
    /// One Echo call against a fake host whose script answers it with `answer`: the error the call ended with, and
    /// the fake host's port (for the messages that name it).
    static func echoError(
        limits: WireLimits = WireLimits(),
        answer: @escaping @Sendable (FakeConnection, FakeConnection.StartedCall) async throws -> Void
    ) async throws -> (error: RPCError?, port: Int) {
        try await withRunning { connection in
            try await connection.sendPreface()
            try await answer(connection, try await connection.readCalls(1)[0])
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port, limits: limits)
            let error = await rpcError { try await client.echo([1]) }
            await client.close()
            return (error, port)
        }
    }
}
