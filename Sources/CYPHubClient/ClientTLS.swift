import CYPHubCore
import Foundation
import NIOSSL

/// How ``CYPHubClient`` speaks TLS to a host (`cyp --tls`): which CAs it trusts, and the certificate it presents when
/// the host requires one (mutual TLS). The host's certificate must name the host connected to (a DNS name, or the IP
/// address when connecting by address).
public struct ClientTLS: Sendable, Hashable {
    /// The certificates the host's chain must lead to.
    public enum TrustRoots: Sendable, Hashable {
        /// The operating system's trust store.
        case system
        /// The CA certificates in a PEM file (`cyp --ca FILE`).
        case file(String)
    }

    /// The CAs trusted to sign the host's certificate.
    public var trustRoots: TrustRoots
    /// The client's certificate chain, PEM, for mutual TLS (`cyp --cert FILE`).
    public var certificateChainFile: String?
    /// The private key of the client's certificate, PEM (`cyp --key FILE`).
    public var privateKeyFile: String?
    /// The name to verify the host's certificate against (and send as SNI); nil: the host part of the address.
    public var serverName: String?

    /// Creates the options.
    public init(
        trustRoots: TrustRoots = .system, certificateChainFile: String? = nil, privateKeyFile: String? = nil,
        serverName: String? = nil
    ) {
        self.trustRoots = trustRoots
        self.certificateChainFile = certificateChainFile
        self.privateKeyFile = privateKeyFile
        self.serverName = serverName
    }

    /// The TLS context: TLS 1.2 or 1.3, the host's certificate verified with its name. A file that cannot be read is
    /// `INVALID_ARGUMENT` naming it.
    func makeContext() throws(RPCError) -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        configuration.certificateVerification = .fullVerification
        switch trustRoots {
        case .system: configuration.trustRoots = .default
        case .file(let path):
            configuration.trustRoots = .certificates(try Self.read("CA file", path) { try NIOSSLCertificate.fromPEMFile($0) })
        }
        switch (certificateChainFile, privateKeyFile) {
        case (nil, nil): break
        case (let chain?, let key?):
            configuration.certificateChain = try Self.read("client certificate file", chain) {
                try NIOSSLCertificate.fromPEMFile($0).map { .certificate($0) }
            }
            configuration.privateKey = .privateKey(try Self.read("client key file", key) { try NIOSSLPrivateKey(file: $0, format: .pem) })
        default:
            throw RPCError(code: .invalidArgument, message: "a client certificate needs its private key, and a key its certificate")
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw RPCError(code: .invalidArgument, message: "cannot set up TLS: \(error)", cause: error)
        }
    }

    /// Parses the file at `path` after checking it can be read; every failure is `INVALID_ARGUMENT` naming the file.
    private static func read<T>(_ what: String, _ path: String, _ parse: (String) throws -> T) throws(RPCError) -> T {
        guard FileManager.default.isReadableFile(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw RPCError(code: .invalidArgument, message: "\(what) \(path): \(reason)")
        }
        do {
            return try parse(path)
        } catch {
            throw RPCError(code: .invalidArgument, message: "\(what) \(path): not PEM (\(error))", cause: error)
        }
    }
}
