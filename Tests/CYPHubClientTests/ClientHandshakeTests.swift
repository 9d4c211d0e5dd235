import CYPHubClient
import CYPHubCore
import CYPHubWire
import NIOCore
import NIOPosix
import Testing

/// Connecting to something that is not a CYPHub host fails at once (or within the connect timeout) with
/// UNAVAILABLE and a message that says what was found; it never hangs.
@Suite struct ClientHandshakeTests {
    @Test func refusesAnHTTPServerFromItsFirstBytesWithoutWaitingForItToClose() async throws {
        let closed = Mailbox<Bool>()
        try await FakeHost.withRunning { connection in
            try await connection.send(bytes: Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".utf8))
            // Stays open: the client must decide from the bytes alone, then close.
            _ = try await connection.framesUntilClosed()
            closed.post(true)
        } _: { port in
            let error = await rpcError { try await CYPHubClient.connect(host: "127.0.0.1", port: port, connectTimeout: .seconds(60)) }
            #expect(error?.code == .unavailable)
            #expect(
                error?.message
                    == "127.0.0.1:\(port) is not a CYPHub host: its first bytes are not the CYPHub preface (another protocol, or the wrong port)"
            )
            let clientClosed = try await closed.next()
            #expect(clientClosed)
        }
    }

    @Test func refusesAPeerThatClosesWithoutAPreface() async throws {
        try await FakeHost.withRunning { _ in
        } _: { port in
            let error = await rpcError { try await CYPHubClient.connect(host: "127.0.0.1", port: port, connectTimeout: .seconds(60)) }
            #expect(error?.code == .unavailable)
            #expect(
                error?.message
                    == "127.0.0.1:\(port) closed the connection before sending the CYPHub preface (not a CYPHub host, or it refused the connection)"
            )
        }
    }

    @Test func givesUpOnASilentPeerAtTheConnectTimeout() async throws {
        try await FakeHost.withRunning { connection in
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let timeout = Duration.milliseconds(300)
            let clock = ContinuousClock()
            let started = clock.now
            let error = await rpcError { try await CYPHubClient.connect(host: "127.0.0.1", port: port, connectTimeout: timeout) }
            let elapsed = clock.now - started
            #expect(error?.code == .unavailable)
            #expect(error?.message == "127.0.0.1:\(port) sent no CYPHub preface within \(timeout)")
            #expect(elapsed >= timeout)
        }
    }

    @Test func refusesAnotherProtocolVersion() async throws {
        try await FakeHost.withRunning { connection in
            try await connection.sendPreface(version: 2)
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let error = await rpcError { try await CYPHubClient.connect(host: "127.0.0.1", port: port, connectTimeout: .seconds(60)) }
            #expect(error?.code == .unavailable)
            #expect(error?.message == "127.0.0.1:\(port) speaks CYPHub protocol version 2; this client speaks version 1")
        }
    }

    @Test func refusesAPrefaceWithTheWrongMagic() async throws {
        try await FakeHost.withRunning { connection in
            try await connection.send(bytes: Array("CYPHUX".utf8) + [0, 1])
            _ = try await connection.framesUntilClosed()
        } _: { port in
            let error = await rpcError { try await CYPHubClient.connect(host: "127.0.0.1", port: port, connectTimeout: .seconds(60)) }
            #expect(error?.code == .unavailable)
            #expect(error?.message.hasPrefix("127.0.0.1:\(port) is not a CYPHub host") == true)
        }
    }

    @Test func reportsAPortNothingListensOn() async throws {
        // Bind a port, then free it: nothing listens there now.
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        try await channel.close()
        let error = await rpcError { try await CYPHubClient.connect(host: "127.0.0.1", port: port) }
        #expect(error?.code == .unavailable)
        #expect(error?.message.hasPrefix("cannot connect to 127.0.0.1:\(port): ") == true)
    }
}
