import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import Foundation
import Testing

/// The client and a real host over real sockets and real TLS (certificates made by the test: ``TestCertificates``).
@Suite struct ClientTLSTests {
    let certificates: TestCertificates

    init() throws { certificates = try TestCertificates() }

    var hostTLS: HostTLS {
        HostTLS(certificateChainFile: certificates.serverCertificateFile, privateKeyFile: certificates.serverKeyFile)
    }

    var mutualTLS: HostTLS {
        var tls = hostTLS
        tls.clientCAFile = certificates.caFile
        return tls
    }

    @Test(arguments: ["127.0.0.1", "localhost"])
    func aTLSHostAnswersATLSClient(name: String) async throws {
        defer { certificates.remove() }
        try await TestHost.withRunning(modules: [TestingModule()], tls: hostTLS) { host in
            let client = try await bounded {
                try await CYPHubClient.connect(to: "\(name):\(host.port)", tls: ClientTLS(trustRoots: .file(certificates.caFile)))
            }
            #expect(try await client.health().status == .serving)
            #expect(try await client.echo([1, 2, 3]) == [1, 2, 3])
            await client.close()
        }
    }

    @Test func aPlaintextClientAgainstATLSHostIsToldTheHostSpeaksTLS() async throws {
        defer { certificates.remove() }
        try await TestHost.withRunning(modules: [TestingModule()], tls: hostTLS) { host in
            let error = await rpcError { try await CYPHubClient.connect(to: host.address) }
            #expect(error?.code == .unavailable)
            #expect(
                error?.message == "\(host.address) answered with TLS: this connection is plaintext; connect with TLS (cyp --tls)")
        }
    }

    @Test func aTLSClientAgainstAPlaintextHostIsToldTheHostDoesNotSpeakTLS() async throws {
        defer { certificates.remove() }
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let error = await rpcError {
                try await CYPHubClient.connect(to: host.address, tls: ClientTLS(trustRoots: .file(certificates.caFile)))
            }
            #expect(error?.code == .unavailable)
            #expect(error?.message.hasPrefix("TLS with \(host.address) failed: ") == true, "\(error?.message ?? "")")
        }
    }

    @Test func aClientTrustingAnotherCAIsRefusedSayingWhy() async throws {
        defer { certificates.remove() }
        try await TestHost.withRunning(modules: [TestingModule()], tls: hostTLS) { host in
            let error = await rpcError {
                try await CYPHubClient.connect(to: host.address, tls: ClientTLS(trustRoots: .file(certificates.otherCAFile)))
            }
            #expect(error?.code == .unavailable)
            #expect(
                error?.message.hasPrefix(
                    "TLS with \(host.address) failed: the host's certificate is not signed by a CA this client trusts, or has expired (check --ca): "
                ) == true, "\(error?.message ?? "")")
            // The host is unharmed: a client trusting the right CA gets in.
            let client = try await CYPHubClient.connect(to: host.address, tls: ClientTLS(trustRoots: .file(certificates.caFile)))
            #expect(try await client.health().status == .serving)
            await client.close()
        }
    }

    @Test func mutualTLSAdmitsAClientWithACertificateFromItsCA() async throws {
        defer { certificates.remove() }
        try await TestHost.withRunning(modules: [TestingModule()], tls: mutualTLS) { host in
            let tls = ClientTLS(
                trustRoots: .file(certificates.caFile), certificateChainFile: certificates.clientCertificateFile,
                privateKeyFile: certificates.clientKeyFile)
            let client = try await bounded { try await CYPHubClient.connect(to: host.address, tls: tls) }
            #expect(try await client.echo([7]) == [7])
            await client.close()
        }
    }

    @Test func mutualTLSRefusesAClientWithoutACertificate() async throws {
        defer { certificates.remove() }
        try await TestHost.withRunning(modules: [TestingModule()], tls: mutualTLS) { host in
            let error = await rpcError {
                try await CYPHubClient.connect(to: host.address, tls: ClientTLS(trustRoots: .file(certificates.caFile)))
            }
            #expect(error?.code == .unavailable)
            #expect(
                error?.message.hasPrefix(
                    "TLS with \(host.address) failed: the host requires a client certificate (give --cert and --key): ") == true,
                "\(error?.message ?? "")")
        }
    }

    @Test func mutualTLSRefusesAClientCertificateFromAnotherCA() async throws {
        defer { certificates.remove() }
        try await TestHost.withRunning(modules: [TestingModule()], tls: mutualTLS) { host in
            let tls = ClientTLS(
                trustRoots: .file(certificates.caFile), certificateChainFile: certificates.otherClientCertificateFile,
                privateKeyFile: certificates.otherClientKeyFile)
            let error = await rpcError { try await CYPHubClient.connect(to: host.address, tls: tls) }
            #expect(error?.code == .unavailable)
            #expect(
                error?.message.hasPrefix(
                    "TLS with \(host.address) failed: the host refused the client certificate: no CA it trusts signed it: ")
                    == true, "\(error?.message ?? "")")
        }
    }

    @Test func unreadableClientFilesAreInvalidArgumentNamingTheFile() async throws {
        defer { certificates.remove() }
        let missing = certificates.directory.appendingPathComponent("none.pem").path
        var error = await rpcError {
            try await CYPHubClient.connect(to: "127.0.0.1:1", tls: ClientTLS(trustRoots: .file(missing)))
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message == "CA file \(missing): no such file")
        error = await rpcError {
            try await CYPHubClient.connect(
                to: "127.0.0.1:1",
                tls: ClientTLS(trustRoots: .file(certificates.caFile), certificateChainFile: certificates.clientCertificateFile))
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message == "a client certificate needs its private key, and a key its certificate")
    }
}
