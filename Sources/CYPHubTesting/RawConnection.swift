import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A blocking TCP socket that sends arbitrary bytes, for tests of what a misbehaving peer does.
public final class RawConnection: @unchecked Sendable {
    // @unchecked: used from one test task at a time.
    private let descriptor: Int32

    /// Connects to 127.0.0.1:`port`.
    public init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawConnectionError.failed("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw RawConnectionError.failed("connect")
        }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    private var closed = false

    deinit { if !closed { close(descriptor) } }

    /// Runs a blocking socket call on a dispatch queue, so the cooperative pool never blocks.
    private func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }

    /// Sends every byte.
    public func send(_ bytes: [UInt8]) async throws {
        let ok = await offPool { (try? self.sendBlocking(bytes)) != nil }
        if !ok { throw RawConnectionError.failed("send") }
    }

    /// Reads until the peer closes or resets the connection (or 30 s pass); returns what arrived and whether it did.
    public func readUntilClosed(limit: Int = 1 << 20) async -> (bytes: [UInt8], closed: Bool) {
        await offPool { self.readUntilClosedBlocking(limit: limit) }
    }

    /// Reads exactly `count` bytes (or fewer if the peer closes or 30 s pass).
    public func read(count: Int) async -> [UInt8] {
        await offPool { self.readBlocking(count: count) }
    }

    /// Reads whatever arrives next (empty when the peer closed or 30 s passed).
    public func readSome() async -> [UInt8] {
        await offPool {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let got = buffer.withUnsafeMutableBytes { recv(self.descriptor, $0.baseAddress, $0.count, 0) }
            return got > 0 ? Array(buffer[0..<got]) : []
        }
    }

    /// Sends `bytes` until they are all sent or the peer has taken nothing for `stall` (it stopped reading and the
    /// socket buffers are full); returns how many bytes were sent.
    public func sendUntilStalled(_ bytes: [UInt8], stall: Duration) async -> Int {
        await offPool {
            let seconds = stall.components.seconds
            var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int(stall.components.attoseconds / 1_000_000_000_000))
            setsockopt(self.descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes {
                    Glibc.send(self.descriptor, $0.baseAddress, min($0.count, 1 << 20), Int32(MSG_NOSIGNAL))
                }
                guard sent > 0 else { break }
                offset += sent
            }
            var never = timeval(tv_sec: 0, tv_usec: 0)
            setsockopt(self.descriptor, SOL_SOCKET, SO_SNDTIMEO, &never, socklen_t(MemoryLayout<timeval>.size))
            return offset
        }
    }

    private func sendBlocking(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw RawConnectionError.failed("send") }
            offset += sent
        }
    }

    private func readUntilClosedBlocking(limit: Int) -> (bytes: [UInt8], closed: Bool) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while received.count < limit {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return (received, true) }
            // A host that closes with data unread in its socket resets the connection: that is closed too.
            if count < 0 { return (received, errno == ECONNRESET) }
            received += buffer[0..<count]
        }
        return (received, false)
    }

    private func readBlocking(count: Int) -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: count)
        while received.count < count {
            let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, count - received.count, 0) }
            if got <= 0 { break }
            received += buffer[0..<got]
        }
        return received
    }

    /// Closes the socket abruptly.
    public func shutdownNow() {
        Glibc.shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Resets the connection: closes the socket with a zero linger time, so the peer gets RST, not FIN.
    public func resetNow() {
        guard !closed else { return }
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(descriptor)
        closed = true
    }
}

/// A raw socket operation failed.
public enum RawConnectionError: Error {
    /// The named call failed.
    case failed(String)
}
