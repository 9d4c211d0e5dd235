import Crypto
public import Foundation
import SwiftASN1
import X509

/// Certificates for TLS tests, made fresh in a temporary directory by each test that needs them (no fixture to
/// expire, no network, no openssl): a CA with a host certificate (for `localhost`, `127.0.0.1` and `::1`) and a client
/// certificate, and a second, unrelated CA with a client certificate of its own. Each file is PEM; valid from an hour
/// ago for a day.
public struct TestCertificates: Sendable {
    /// The directory holding every file; ``remove()`` deletes it.
    public let directory: URL
    /// The CA that signed the host's and the client's certificates.
    public let caFile: String
    /// The host's certificate (its chain: the one certificate).
    public let serverCertificateFile: String
    /// The host certificate's private key.
    public let serverKeyFile: String
    /// A client certificate signed by the CA.
    public let clientCertificateFile: String
    /// Its private key.
    public let clientKeyFile: String
    /// Another CA, trusted by nobody unless a test says so.
    public let otherCAFile: String
    /// A client certificate signed by the other CA.
    public let otherClientCertificateFile: String
    /// Its private key.
    public let otherClientKeyFile: String

    /// Makes the keys and certificates and writes them under a new temporary directory.
    public init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-tls-\(UUID().uuidString)")
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let now = Date()
        let validity = (now - 3600, now + 86_400)

        func write(_ name: String, _ pem: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try pem.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        func authority(_ name: String) throws -> (Certificate, Certificate.PrivateKey) {
            let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
            let subject = try DistinguishedName { CommonName(name) }
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey,
                notValidBefore: validity.0, notValidAfter: validity.1, issuer: subject, subject: subject,
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                    Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                },
                issuerPrivateKey: key)
            return (certificate, key)
        }
        func leaf(_ name: String, issuer: (Certificate, Certificate.PrivateKey), server: Bool) throws -> (
            Certificate, Certificate.PrivateKey
        ) {
            let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey,
                notValidBefore: validity.0, notValidAfter: validity.1, issuer: issuer.0.subject,
                subject: try DistinguishedName { CommonName(name) },
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true))
                    try ExtendedKeyUsage([server ? .serverAuth : .clientAuth])
                    if server {
                        SubjectAlternativeNames([
                            .dnsName("localhost"),
                            .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
                            .ipAddress(ASN1OctetString(contentBytes: ArraySlice([UInt8](repeating: 0, count: 15) + [1]))),
                        ])
                    }
                },
                issuerPrivateKey: issuer.1)
            return (certificate, key)
        }

        let ca = try authority("CYPHub test CA")
        let server = try leaf("localhost", issuer: ca, server: true)
        let client = try leaf("test-client", issuer: ca, server: false)
        let otherCA = try authority("Another test CA")
        let otherClient = try leaf("other-client", issuer: otherCA, server: false)
        caFile = try write("ca.pem", try ca.0.serializeAsPEM().pemString)
        serverCertificateFile = try write("server.pem", try server.0.serializeAsPEM().pemString)
        serverKeyFile = try write("server-key.pem", try server.1.serializeAsPEM().pemString)
        clientCertificateFile = try write("client.pem", try client.0.serializeAsPEM().pemString)
        clientKeyFile = try write("client-key.pem", try client.1.serializeAsPEM().pemString)
        otherCAFile = try write("other-ca.pem", try otherCA.0.serializeAsPEM().pemString)
        otherClientCertificateFile = try write("other-client.pem", try otherClient.0.serializeAsPEM().pemString)
        otherClientKeyFile = try write("other-client-key.pem", try otherClient.1.serializeAsPEM().pemString)
    }

    /// Deletes the directory and every file in it.
    public func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
