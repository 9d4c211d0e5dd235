import CYPHubCore

/// A server address parsed from `HOST:PORT` (`127.0.0.1:7420`, `hub.example:7420`, `[::1]:7420`).
struct ServerAddress: Hashable, Sendable {
    /// The host name or address, without brackets.
    var host: String
    /// The TCP port, 1...65535.
    var port: Int

    /// Parses `HOST:PORT`; an IPv6 address goes in brackets. Every refusal is `INVALID_ARGUMENT` quoting the text.
    init(parsing text: String) throws(RPCError) {
        func refuse(_ reason: String) -> RPCError {
            RPCError(code: .invalidArgument, message: "server address '\(text)' \(reason)")
        }
        let hostPart: Substring
        let portPart: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw refuse("has no ']' after the IPv6 address") }
            hostPart = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.first == ":" else { throw refuse("is not HOST:PORT (e.g. 127.0.0.1:7420 or [::1]:7420)") }
            portPart = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":") else {
                throw refuse("is not HOST:PORT (e.g. 127.0.0.1:7420 or [::1]:7420)")
            }
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
            if hostPart.contains(":") { throw refuse("has an IPv6 address without brackets; write it as [ADDRESS]:PORT") }
        }
        guard !hostPart.isEmpty else { throw refuse("has no host (e.g. 127.0.0.1:7420)") }
        guard !portPart.isEmpty, portPart.allSatisfy(\.isASCIIDigit), let port = Int(portPart), (1...65535).contains(port)
        else { throw refuse("has port '\(portPart)'; a port is a number from 1 to 65535") }
        self.host = String(hostPart)
        self.port = port
    }

    /// Creates an address from its parts.
    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `host:port`, with an IPv6 host in brackets.
    var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
