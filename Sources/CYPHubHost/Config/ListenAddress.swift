/// A host and port to listen on, written `HOST:PORT` (`[::1]:7420` for IPv6).
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The interface address (`127.0.0.1`, `0.0.0.0`, `::1`).
    public var host: String
    /// The port (0: any free port, for tests).
    public var port: Int

    /// Creates an address.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`, an IPv6 address in brackets (`[::1]:7420`), an empty host meaning every IPv4 interface
    /// (`:7420`); the port is 0 to 65535 in plain digits. `nil` when malformed, e.g. an unclosed bracket (`[::1`), a
    /// bracket with no port (`[::1]`), an IPv6 address without brackets (`::1:7420`) or a bracketed IPv4 address.
    public init?(parsing text: String) {
        let hostPart: Substring
        let portPart: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            hostPart = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":"), hostPart.contains(":") else { return nil }
            portPart = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
            guard !hostPart.contains(":") else { return nil }
        }
        guard !hostPart.contains(where: { "[]".contains($0) || $0.isWhitespace }),
            !portPart.isEmpty, portPart.allSatisfy({ ("0"..."9").contains($0) }), let port = Int(portPart),
            (0...65535).contains(port)
        else { return nil }
        self.init(host: hostPart.isEmpty ? "0.0.0.0" : String(hostPart), port: port)
    }

    /// Whether the address is loopback only (`127.0.0.0/8`, `::1`, `localhost`): reachable from this machine alone.
    public var isLoopback: Bool {
        let host = host.lowercased()
        if host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// `HOST:PORT`.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
