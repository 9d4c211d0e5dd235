import Foundation
import NIOSSL

/// TLS on the host's port (the `tls` keys; see README, "TLS", and docs/security.md): the certificate chain and private
/// key the host presents, and optionally the CA whose client certificates it requires (mutual TLS).
///
/// The files are read when the host starts (and by `cyphub check-config`); a new certificate takes effect on restart.
public struct HostTLS: Sendable, Hashable {
    /// The host's certificate chain, PEM: its own certificate first, then any intermediates (`tls.certificateChainFile`).
    public var certificateChainFile: String
    /// The private key of the first certificate, PEM, unencrypted (`tls.privateKeyFile`).
    public var privateKeyFile: String
    /// PEM certificates of the CAs that sign client certificates; when set, a client must present a certificate one
    /// of them signed, or the handshake fails (`tls.clientCAFile`).
    public var clientCAFile: String?

    /// The configuration keys, relative to the root.
    static let chainKey = "tls.certificateChainFile"
    static let keyKey = "tls.privateKeyFile"
    static let clientCAKey = "tls.clientCAFile"

    /// Creates the settings.
    public init(certificateChainFile: String, privateKeyFile: String, clientCAFile: String? = nil) {
        self.certificateChainFile = certificateChainFile
        self.privateKeyFile = privateKeyFile
        self.clientCAFile = clientCAFile
    }

    /// A file that could not be used, with the key that named it.
    struct Failure: Error {
        var key: String
        var reason: String
    }

    /// Reads the files and builds the server's TLS context: TLS 1.2 or 1.3; with a client CA, client certificates
    /// required and verified against it. Throws a ``Failure`` naming the key and the file.
    func makeContext() throws(Failure) -> NIOSSLContext {
        let chain = try Self.load(Self.chainKey, certificateChainFile, what: "certificate") { path in
            try NIOSSLCertificate.fromPEMFile(path)
        }
        guard !chain.isEmpty else {
            throw Failure(key: Self.chainKey, reason: "\(certificateChainFile): holds no PEM certificate")
        }
        let key = try Self.load(Self.keyKey, privateKeyFile, what: "private key") { path in
            try NIOSSLPrivateKey(file: path, format: .pem)
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        if let clientCAFile {
            let roots = try Self.load(Self.clientCAKey, clientCAFile, what: "CA certificate") { path in
                try NIOSSLCertificate.fromPEMFile(path)
            }
            guard !roots.isEmpty else { throw Failure(key: Self.clientCAKey, reason: "\(clientCAFile): holds no PEM certificate") }
            configuration.trustRoots = .certificates(roots)
            // Clients are identified by certificate, not by a host name.
            configuration.certificateVerification = .noHostnameVerification
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            // Both files parsed above, so a key BoringSSL will not load is one that is not the first certificate's: it
            // checks the pair as it loads them.
            if case NIOSSLError.failedToLoadPrivateKey = error {
                throw Failure(
                    key: Self.keyKey,
                    reason:
                        "\(privateKeyFile): this private key does not match the certificate in \(certificateChainFile) (the chain's first certificate)"
                )
            }
            throw Failure(key: Self.chainKey, reason: "\(certificateChainFile): cannot be used for TLS: \(error)")
        }
    }

    /// Checks that `path` is a readable file, then parses it with `parse`; each failure is worded for people.
    private static func load<T>(_ key: String, _ path: String, what: String, _ parse: (String) throws -> T) throws(Failure) -> T {
        var isDirectory: ObjCBool = false
        guard !path.isEmpty else { throw Failure(key: key, reason: "must not be empty") }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(key: key, reason: "\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw Failure(key: key, reason: "\(path): is a directory, not a PEM file") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Failure(key: key, reason: "\(path): cannot be read (permission denied)")
        }
        do {
            return try parse(path)
        } catch {
            throw Failure(key: key, reason: "\(path): not a PEM \(what) (\(error))")
        }
    }
}
