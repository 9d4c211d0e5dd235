import ArgumentParser
import Foundation

/// How the benchmark's client reaches its in-process host (`--security`): plaintext or TLS, with or without a bearer
/// token on every call.
enum SecurityMode: String, CaseIterable, Codable, Sendable {
    /// Plaintext TCP, no credentials (`auth.required` false: calls run as the anonymous principal).
    case plain
    /// Plaintext TCP, a real token on every call, `auth.required` true.
    case token
    /// TLS, no credentials.
    case tls
    /// TLS and a real token on every call, `auth.required` true.
    case tlsToken = "tls-token"

    /// Whether the connection is TLS.
    var usesTLS: Bool { self == .tls || self == .tlsToken }

    /// Whether every call carries a bearer token (and the host requires one).
    var usesToken: Bool { self == .token || self == .tlsToken }

    /// The mode that differs only by sending no token: what authentication's cost is measured against.
    var twin: SecurityMode? {
        switch self {
        case .token: .plain
        case .tlsToken: .tls
        case .plain, .tls: nil
        }
    }

    /// The modes of a comma-separated `list`, in its order, each once.
    static func parse(list: String) throws -> [SecurityMode] {
        var modes: [SecurityMode] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let mode = SecurityMode(rawValue: name) else {
                throw ValidationError(
                    "--security: '\(name)' is not a mode (\(allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if !modes.contains(mode) { modes.append(mode) }
        }
        return modes
    }
}
