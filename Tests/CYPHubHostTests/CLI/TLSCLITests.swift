import CYPHubTesting
import Foundation
import Testing

/// `cyphub serve` with TLS from flags, and `cyp`'s `--tls`, `--ca`, `--cert` and `--key`, as global options anywhere.
@Suite(.timeLimit(.minutes(2))) struct TLSCLITests {
    @Test func cypConnectsWithMutualTLSAndIsToldWhatIsMissingOtherwise() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let host = try await HostProcess.start([
            "--tls-certificate-chain-file", certificates.serverCertificateFile, "--tls-private-key-file",
            certificates.serverKeyFile, "--tls-client-cafile", certificates.caFile,
        ])
        let server = host.address
        let mutual = ["--ca", certificates.caFile, "--cert", certificates.clientCertificateFile, "--key", certificates.clientKeyFile]

        // Before the command, and after it, in any mix.
        var result = try await CYPProcess.run(["--tls"] + mutual + ["health", "--server", server])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(server): serving"), "\(result.stdout)")
        result = try await CYPProcess.run(["--json", "modules", "--server", server] + mutual)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"social-care\""), "\(result.stdout)")

        // Plaintext against a TLS host.
        result = try await CYPProcess.run(["health", "--server", server])
        #expect(result.status == 1)
        result = try await CYPProcess.run(["modules", "--server", server])
        #expect(result.status == 1)
        #expect(
            result.stderr == "error: UNAVAILABLE: \(server) answered with TLS: this connection is plaintext; connect with TLS (cyp --tls)\n"
        )
        // The host says why in its log, naming the peer (the line is written as the connection closes).
        try await waitUntil(timeout: .seconds(30)) { host.log.contains("TLS handshake with ") }
        let line = host.log.split(separator: "\n").first { $0.contains("TLS handshake with ") } ?? ""
        #expect(line.contains("127.0.0.1") && line.contains(" failed: "), "\(line)")

        // TLS without a client certificate.
        result = try await CYPProcess.run(["modules", "--server", server, "--ca", certificates.caFile])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "error: UNAVAILABLE: TLS with \(server) failed: the host requires a client certificate (give --cert and --key): "),
            "\(result.stderr)")

        // A certificate without its key is a usage error, before any connection.
        result = try await CYPProcess.run(["--json", "--cert", certificates.clientCertificateFile, "modules", "--server", server])
        #expect(result.status == 64)
        #expect(result.stdout.contains("--cert: give its private key too (--key FILE)"), "\(result.stdout)")
        #expect(try await host.stop() == 0)
    }
}
