import CYPHubClient
import CYPHubCore
import CYPHubWire
import NIOCore
import Testing

/// A host that answers wrongly, breaks the protocol or vanishes: every call ends with a status that says so,
/// promptly, and the client never crashes or hangs.
@Suite struct ClientFaultTests {
    @Test func aUnaryCallAnsweredWithNoMessageIsInternal() async throws {
        let (error, _) = try await FakeHost.echoError { connection, call in try await connection.sendEnd(call.id) }
        #expect(error?.code == .internalError)
        #expect(error?.message == "the host answered cyphub.host.v1.Diagnostics/Echo with 0 messages; a unary method answers exactly 1")
    }

    @Test func aUnaryCallAnsweredWithTwoMessagesIsInternalAtOnceAndCancelled() async throws {
        let afterSecond = Mailbox<Frame>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            let call = try await connection.readCalls(1)[0]
            try await connection.sendMessage(call.id, EchoResponse(payload: [1]), method: Methods.echo)
            try await connection.sendMessage(call.id, EchoResponse(payload: [2]), method: Methods.echo)
            // No CALL_END: the client must not wait for one.
            afterSecond.post(try await connection.requireFrame())
            try await connection.sendEnd(call.id)  // crosses the CANCEL; ignored
            // The connection still serves.
            try await connection.answerEcho(try await connection.readCalls(1)[0])
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let error = await rpcError { try await client.echo([1]) }
            #expect(error?.code == .internalError)
            #expect(
                error?.message == "the host answered cyphub.host.v1.Diagnostics/Echo with 2 messages; a unary method answers exactly 1")
            let cancel = try await afterSecond.next()
            #expect(cancel.type == .cancel)
            #expect(cancel.callID == 1)
            #expect(try await bounded { try await client.echo([9]) } == [9])
            await client.close()
        }
    }

    @Test func aResponseThatIsNotTheMethodsMessageIsInternal() async throws {
        let (error, _) = try await FakeHost.echoError { connection, call in
            try await connection.send(Frame(type: .message, callID: call.id, payload: ByteBuffer(bytes: [0xFF, 0xFF, 0xFF])))
            try await connection.sendEnd(call.id)
        }
        #expect(error?.code == .internalError)
        #expect(error?.message.hasPrefix("the host's answer to cyphub.host.v1.Diagnostics/Echo could not be decoded: ") == true)
    }

    @Test func aMalformedStatusOrCompressedMessageIsInternalAndTheConnectionCarriesOn() async throws {
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            let first = try await connection.readCalls(1)[0]
            try await connection.sendMessage(first.id, EchoResponse(payload: [1]), method: Methods.echo)
            try await connection.send(Frame(type: .callEnd, callID: first.id, payload: ByteBuffer(bytes: [0xFF])))
            let second = try await connection.readCalls(1)[0]
            try await connection.send(
                Frame(type: .message, flags: .compressed, callID: second.id, payload: ByteBuffer(bytes: [1, 2, 3, 4])))
            // The client gives the call up and tells the host so.
            let cancel = try await connection.requireFrame()
            #expect(cancel.type == .cancel)
            #expect(cancel.callID == second.id)
            try await connection.answerEcho(try await connection.readCalls(1)[0])
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let status = await rpcError { try await client.echo([1]) }
            #expect(status?.code == .internalError)
            #expect(
                status?.message.hasPrefix("the host's CALL_END for cyphub.host.v1.Diagnostics/Echo has a malformed status: ") == true)
            let inflate = await rpcError { try await client.echo([2]) }
            #expect(inflate?.code == .internalError)
            #expect(inflate?.message.hasPrefix("the host's answer to cyphub.host.v1.Diagnostics/Echo could not be inflated: ") == true)
            #expect(try await bounded { try await client.echo([3]) } == [3])
            await client.close()
        }
    }

    @Test func aCompressedAnswerThatInflatesPastTheClientsLimitIsResourceExhausted() async throws {
        let (error, _) = try await FakeHost.echoError(limits: WireLimits(maxMessageBytes: 1024)) { connection, call in
            var bomb = ByteBuffer()
            try ZlibCodec().compress(ByteBuffer(repeating: 0, count: 4096), into: &bomb)
            try await connection.send(Frame(type: .message, flags: .compressed, callID: call.id, payload: bomb))
        }
        #expect(error?.code == .resourceExhausted)
        #expect(error?.message == "the host's answer to cyphub.host.v1.Diagnostics/Echo inflates past this client's limit of 1024 bytes")
    }

    @Test func everyCallInFlightFailsUnavailableWhenTheHostDrops() async throws {
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            _ = try await connection.readCalls(3)
            // Returning closes the connection with three calls unanswered.
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let errors = await withTaskGroup(of: RPCError?.self) { group in
                for index: UInt8 in 0..<3 { group.addTask { await rpcError { try await client.echo([index]) } } }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(errors.count == 3)
            for error in errors {
                #expect(error?.code == .unavailable)
                #expect(error?.message == "connection closed by the host")
            }
            // A call after the drop fails at once, for the same reason.
            let later = await rpcError { try await client.echo([4]) }
            #expect(later?.code == .unavailable)
            #expect(later?.message == "connection closed by the host")
        }
    }

    @Test func everyCallInFlightFailsUnavailableWhenTheClientCloses() async throws {
        let started = Mailbox<Int>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            started.post(try await connection.readCalls(2).count)
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let calls = (0..<2).map { index in Task { await rpcError { try await client.echo([UInt8(index)]) } } }
            #expect(try await started.next() == 2)
            await client.close()
            for call in calls {
                let error = await call.value
                #expect(error?.code == .unavailable)
                #expect(error?.message == "the client closed the connection")
            }
            let later = await rpcError { try await client.echo([3]) }
            #expect(later?.message == "the client closed the connection")
        }
    }

    @Test func anUnknownFrameTypeFailsEveryCallAndClosesTheConnection() async throws {
        let closed = Mailbox<Bool>()
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface()
            _ = try await connection.readCalls(1)
            try await connection.send(Frame(type: FrameType(rawValue: 0x7F), callID: 0))
            _ = try await connection.framesUntilClosed()
            closed.post(true)
        } _: { port in
            let client = try await CYPHubClient.local(port)
            let error = await rpcError { try await client.echo([1]) }
            #expect(error?.code == .internalError)
            #expect(
                error?.message == "protocol violation by 127.0.0.1:\(port): it sent a frame of type UNKNOWN(0x7f), which a host never sends"
            )
            #expect(try await closed.next())
        }
    }

    @Test func aFrameOverTheClientsLimitIsResourceExhausted() async throws {
        let (error, port) = try await FakeHost.echoError(limits: WireLimits(maxFrameBytes: 1024)) { connection, call in
            try await connection.send(Frame(type: .message, callID: call.id, payload: ByteBuffer(repeating: 0, count: 2000)))
        }
        #expect(error?.code == .resourceExhausted)
        #expect(error?.message == "127.0.0.1:\(port) sent a frame of 2000 bytes; this client accepts at most 1024 (limits.maxFrameBytes)")
    }

    @Test func aGoAwayThatCannotBeDecodedIsAProtocolViolation() async throws {
        let (error, port) = try await FakeHost.echoError { connection, _ in
            try await connection.send(Frame(type: .goAway, callID: 0, payload: ByteBuffer(bytes: [0xFF])))
        }
        #expect(error?.code == .internalError)
        #expect(error?.message == "protocol violation by 127.0.0.1:\(port): its GOAWAY payload is not a valid cyphub.host.v1.GoAway")
    }
}
