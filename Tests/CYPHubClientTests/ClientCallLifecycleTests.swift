import CYPHubCore
import CYPHubTesting
import CYPHubWire
import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import CYPHubClient

/// How a call ends other than by a plain answer: GOAWAY, the client's own deadline, Swift task cancellation;
/// and the call ids the client picks.
@Suite struct ClientCallLifecycleTests {
    /// With `keepAlive`, an idle client sends PINGs, which is what holds a connection open past the host's idle
    /// timeout (the host side: `HostUnderLoadTests.closesAnIdleConnectionWithGoAwayAndPingsKeepItOpen`). Events
    /// only: the test waits for the frames, it does not time them.
    @Test func keepAliveSendsPingsWhileTheConnectionIsIdle() async throws {
        let frames = Mailbox<Frame>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            while let frame = try await connection.nextFrame() { frames.post(frame) }
        } _: { port in
            let client = try await CYPHubClient.local(port, keepAlive: .milliseconds(50))
            for _ in 0..<3 {
                let frame = try await frames.next()
                #expect(frame.type == .ping)
                #expect(!frame.flags.contains(.ack))
                #expect(frame.callID == 0)
                #expect(frame.payload.readableBytes == 8)
            }
            await client.close()
        }
    }

    @Test func withoutKeepAliveAnIdleClientSendsNothing() async throws {
        let frames = Mailbox<Frame>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            while let frame = try await connection.nextFrame() { frames.post(frame) }
        } _: { port in
            let client = try await CYPHubClient.local(port)
            // The first frame the host sees is the call's: without keepAlive the client sends no PING of its own.
            let echo = Task { await rpcError { try await client.echo([1], options: CallOptions(timeout: .seconds(1))) } }
            #expect(try await frames.next().type == .callStart)
            _ = await echo.value
            await client.close()
        }
    }

    @Test func afterGoAwayNewCallsFailFastAndTheCallsTheHostStartedFinish() async throws {
        let seen = Mailbox<UInt32>()
        let answerFirst = Mailbox<Bool>()
        let framesAfterGoAway = Mailbox<[Frame]>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            let first = try await connection.readCalls(1)[0]
            seen.post(first.id)
            let second = try await connection.readCalls(1)[0]
            seen.post(second.id)
            // The host started the first call only.
            try await connection.sendGoAway(lastCallID: first.id, message: "draining for maintenance")
            _ = try await answerFirst.next()
            try await connection.answerEcho(first)
            framesAfterGoAway.post(try await connection.framesUntilClosed())
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let first = Task { try await client.echo([1]) }
            #expect(try await seen.next() == 1)
            let second = Task { await rpcError { try await client.echo([2]) } }
            #expect(try await seen.next() == 3)

            // Above last_call_id: the host never started it, so it fails at once, without waiting for the first.
            let refused = await second.value
            #expect(refused?.code == .unavailable)
            #expect(
                refused?.message
                    == "the host is going away (draining for maintenance) and did not start this call; retry on a new connection")
            #expect(refused?.metadata["cyphub-goaway-code"] == "14")

            // A new call fails fast and never reaches the wire (no reconnection).
            let fresh = await rpcError { try await client.echo([3]) }
            #expect(fresh?.code == .unavailable)
            #expect(fresh?.message == "the host is going away (draining for maintenance); make new calls on a new connection")

            // At or below last_call_id: it still completes.
            answerFirst.post(true)
            #expect(try await bounded { try await first.value } == [1])

            // With nothing left in flight the client closes the connection itself, having sent nothing more.
            #expect(try await framesAfterGoAway.next().isEmpty)
            await client.close()
        }
    }

    @Test func theClientsOwnTimerEndsACallTheHostNeverAnswers() async throws {
        let started = Mailbox<FakeConnection.StartedCall>()
        let next = Mailbox<Frame>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            started.post(try await connection.readCalls(1)[0])
            next.post(try await connection.requireFrame())
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let timeout = Duration.milliseconds(200)
            let clock = ContinuousClock()
            let start = clock.now
            let error = await rpcError { try await client.echo([1], options: CallOptions(timeout: timeout)) }
            let elapsed = clock.now - start
            #expect(error?.code == .deadlineExceeded)
            #expect(error?.message == "no answer from the host before the deadline")
            // Not before the timeout. (That it ends at all, and by the client's own timer, is the message above: the
            // fake host never answers or closes.)
            #expect(elapsed >= timeout)
            let call = try await started.next()
            #expect(call.start.timeoutMs == 200)
            let cancel = try await next.next()
            #expect(cancel.type == .cancel)
            #expect(cancel.callID == call.id)
            await client.close()
        }
    }

    @Test func taskCancellationSendsCancelAndEndsTheCallCancelled() async throws {
        let started = Mailbox<UInt32>()
        let next = Mailbox<Frame>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            started.post(try await connection.readCalls(1)[0].id)
            next.post(try await connection.requireFrame())
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let call = Task { try await client.echo([1], options: CallOptions(timeout: nil)) }
            let id = try await started.next()
            call.cancel()
            let error = await rpcError { try await call.value }
            #expect(error?.code == .cancelled)
            #expect(error?.message == "cancelled by the caller")
            let cancel = try await next.next()
            #expect(cancel.type == .cancel)
            #expect(cancel.callID == id)
            await client.close()
        }
    }

    @Test func aCallFromAnAlreadyCancelledTaskNeverReachesTheWire() async throws {
        let firstSeen = Mailbox<[UInt8]>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            let call = try await connection.readCalls(1)[0]
            let request = try #require(connection.schema.method(Methods.echo)).input.decode(
                EchoRequest.self, from: call.request, allocationLimit: 1 << 20)
            firstSeen.post(request.payload)
            try await connection.answerEcho(call)
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let cancelled = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await client.echo([1])
            }
            let error = await rpcError { try await cancelled.value }
            #expect(error?.code == .cancelled)
            #expect(try await bounded { try await client.echo([2]) } == [2])
            // The first call the host saw is the second one made.
            #expect(try await firstSeen.next() == [2])
            await client.close()
        }
    }

    @Test func callIDsWrapPastTheTopToOneAndEachAnswerReachesItsCall() async throws {
        let seen = Mailbox<[UInt32]>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            let before = try await connection.readCalls(2)
            seen.post(before.map(\.id))
            let after = try await connection.readCalls(2)
            seen.post(after.map(\.id))
            // Answered last-started first, while all four are in flight.
            for call in (before + after).reversed() { try await connection.answerEcho(call) }
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await bounded {
                try await CYPHubClient.connect(
                    ServerAddress(host: "127.0.0.1", port: port), limits: WireLimits(), connectTimeout: .seconds(60),
                    group: MultiThreadedEventLoopGroup.singleton, firstCallID: UInt32.max - 2)
            }
            let calls = (0..<2).map { index in Task { try await client.echo([UInt8(index)]) } }
            #expect(Set(try await seen.next()) == [UInt32.max - 2, UInt32.max])
            let wrapped = (2..<4).map { index in Task { try await client.echo([UInt8(index)]) } }
            #expect(Set(try await seen.next()) == [1, 3])
            for (index, call) in (calls + wrapped).enumerated() {
                #expect(try await bounded { try await call.value } == [UInt8(index)])
            }
            await client.close()
        }
    }

    @Test func answersThePeersPing() async throws {
        let answer = Mailbox<Frame>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            try await connection.send(Frame(type: .ping, callID: 0, payload: ByteBuffer(bytes: [1, 2, 3, 4, 5, 6, 7, 8])))
            answer.post(try await connection.requireFrame())
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let pong = try await answer.next()
            #expect(pong.type == .ping)
            #expect(pong.flags.contains(.ack))
            #expect(Array(pong.payload.readableBytesView) == [1, 2, 3, 4, 5, 6, 7, 8])
            await client.close()
        }
    }

    @Test func aStreamingConsumerThatThrowsCancelsTheCall() async throws {
        struct Enough: Error {}
        let next = Mailbox<Frame>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            let call = try await connection.readCalls(1)[0]
            for number: UInt32 in 1...3 { try await connection.sendMessage(call.id, CountResponse(number: number), method: Methods.count) }
            // No CALL_END: the consumer's error must end the call without one.
            next.post(try await connection.requireFrame())
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let received = Mailbox<UInt32>()
            let outcome = try await bounded {
                do {
                    try await client.serverStreaming(TestingService.Method.Count.self, request: CountRequest(count: 3), options: .defaults)
                    {
                        received.post($0.number)
                        if $0.number == 2 { throw Enough() }
                    }
                    return "returned"
                } catch is Enough {
                    return "the consumer's error"
                }
            }
            #expect(outcome == "the consumer's error")
            #expect(try await received.next() == 1)
            #expect(try await received.next() == 2)
            let cancel = try await next.next()
            #expect(cancel.type == .cancel)
            #expect(cancel.callID == 1)
            await client.close()
        }
    }

    @Test func aStreamingCallHandsOverEveryMessageBeforeItsErrorStatus() async throws {
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            let call = try await connection.readCalls(1)[0]
            for number: UInt32 in 1...3 { try await connection.sendMessage(call.id, CountResponse(number: number), method: Methods.count) }
            try await connection.sendEnd(call.id, Status(RPCError(code: .notFound, message: "no more")))
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let numbers = NumberLog()
            let error = await rpcError {
                try await client.serverStreaming(TestingService.Method.Count.self, request: CountRequest(count: 3), options: .defaults) {
                    numbers.append($0.number)
                }
            }
            #expect(error?.code == .notFound)
            #expect(error?.message == "no more")
            #expect(numbers.values == [1, 2, 3])
            await client.close()
        }
    }
}

/// Numbers appended from a streaming consumer.
private final class NumberLog: Sendable {
    private let log = Mutex<[UInt32]>([])
    func append(_ number: UInt32) { log.withLock { $0.append(number) } }
    var values: [UInt32] { log.withLock { $0 } }
}
