import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubTesting
import Foundation
import Logging
import Testing

/// The `tls` keys and `allowInsecure`: every layer spells them, the start-up checks read the files (a missing or
/// unreadable file, a key that is not the certificate's), and a host on an address other than loopback will not serve
/// plaintext unless told to.
@Suite struct TLSConfigTests {
    let certificates: TestCertificates
    let dataDirectory = ConfigFile.absentDirectory()

    init() throws { certificates = try TestCertificates() }

    /// A config file listening on `listen`, with `extra` keys (`"tls": {…}`) and only the testing module's absence:
    /// social care enabled (any compiled module will do).
    func config(listen: String, _ extra: String = "") throws -> String {
        try ConfigFile.write(
            """
            {"listen": "\(listen)", "dataDirectory": "\(dataDirectory)", "modules": {"enabled": ["social-care"]}\(extra)}
            """)
    }

    func tlsSection(chain: String? = nil, key: String? = nil, clientCA: String? = nil) -> String {
        var fields = [
            #""certificateChainFile": "\#(chain ?? certificates.serverCertificateFile)""#,
            #""privateKeyFile": "\#(key ?? certificates.serverKeyFile)""#,
        ]
        if let clientCA { fields.append(#""clientCAFile": "\#(clientCA)""#) }
        return #", "tls": {\#(fields.joined(separator: ", "))}"#
    }

    @Test func aHostOnEveryInterfaceWithoutTLSRefusesToStartInOneLine() async throws {
        defer { certificates.remove() }
        let file = try config(listen: "0.0.0.0:0")
        let configuration = try await ConfigLoader.load(path: file)
        let reason =
            "0.0.0.0:0 is not a loopback address, so the host will not serve it without TLS: set tls.certificateChainFile and tls.privateKeyFile, or \"allowInsecure\": true to accept plaintext from the network (see docs/security.md)"
        #expect(throws: ConfigError(file: file, key: "listen", reason: reason)) {
            try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        }
        // The same from `cyphub serve`: one line, status 2, nothing created.
        let result = try await CYPProcess.run(["serve", "--config", file], executable: "cyphub")
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasSuffix("cannot start: \(file): listen: \(reason)") == true, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dataDirectory))
    }

    @Test func loopbackAddressesNeedNoTLS() {
        for text in ["127.0.0.1:7420", "127.8.9.10:7420", "[::1]:7420", "localhost:7420"] {
            #expect(ListenAddress(parsing: text)?.isLoopback == true, "\(text)")
        }
        for text in ["0.0.0.0:7420", ":7420", "[::]:7420", "10.0.0.5:7420", "127.0.0.1.example:7420", "hub.example:7420"] {
            #expect(ListenAddress(parsing: text)?.isLoopback == false, "\(text)")
        }
    }

    @Test func allowInsecureLetsAHostServePlaintextOnEveryInterface() async throws {
        defer { certificates.remove() }
        defer { try? FileManager.default.removeItem(atPath: dataDirectory) }
        let configuration = try await ConfigLoader.load(path: try config(listen: "0.0.0.0:0", #", "allowInsecure": true"#))
        #expect(configuration.allowInsecure)
        var logger = Logger(label: "t")
        logger.logLevel = .critical
        let host = try await HubHost.make(configuration: configuration, modules: BuiltInModules.all, logger: logger)
        let serving = Task { try await host.server.run() }
        let port = try await host.server.listeningPort()
        let client = try await CYPHubClient.connect(to: "127.0.0.1:\(port)")
        #expect(try await client.health().status == .serving)
        await client.close()
        host.server.stop()
        try await serving.value
    }

    @Test func aHostOnEveryInterfaceWithTLSStartsAndServesTLS() async throws {
        defer { certificates.remove() }
        defer { try? FileManager.default.removeItem(atPath: dataDirectory) }
        let configuration = try await ConfigLoader.load(path: try config(listen: "0.0.0.0:0", tlsSection()))
        #expect(
            configuration.tls
                == HostTLS(certificateChainFile: certificates.serverCertificateFile, privateKeyFile: certificates.serverKeyFile))
        var logger = Logger(label: "t")
        logger.logLevel = .critical
        let host = try await HubHost.make(configuration: configuration, modules: BuiltInModules.all, logger: logger)
        let serving = Task { try await host.server.run() }
        let port = try await host.server.listeningPort()
        let client = try await CYPHubClient.connect(to: "127.0.0.1:\(port)", tls: ClientTLS(trustRoots: .file(certificates.caFile)))
        #expect(try await client.health().status == .serving)
        await client.close()
        host.server.stop()
        try await serving.value
    }

    @Test func aMissingFileIsAnErrorNamingTheKeyAndTheFile() async throws {
        defer { certificates.remove() }
        let missing = certificates.directory.appendingPathComponent("absent.pem").path
        for (section, key) in [
            (tlsSection(chain: missing), "tls.certificateChainFile"), (tlsSection(key: missing), "tls.privateKeyFile"),
            (tlsSection(clientCA: missing), "tls.clientCAFile"),
        ] {
            let file = try config(listen: "127.0.0.1:7420", section)
            let configuration = try await ConfigLoader.load(path: file)
            #expect(throws: ConfigError(file: file, key: key, reason: "\(missing): no such file")) {
                try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
            }
        }
    }

    @Test func aKeyThatIsNotTheCertificatesIsAnErrorNamingBothFiles() async throws {
        defer { certificates.remove() }
        let file = try config(listen: "127.0.0.1:7420", tlsSection(key: certificates.clientKeyFile))
        let configuration = try await ConfigLoader.load(path: file)
        let reason =
            "\(certificates.clientKeyFile): this private key does not match the certificate in \(certificates.serverCertificateFile) (the chain's first certificate)"
        #expect(throws: ConfigError(file: file, key: "tls.privateKeyFile", reason: reason)) {
            try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        }
    }

    @Test func aFileThatIsNotPEMOrIsADirectoryIsRefused() async throws {
        defer { certificates.remove() }
        let notPEM = certificates.directory.appendingPathComponent("notes.txt").path
        try "not a certificate".write(toFile: notPEM, atomically: true, encoding: .utf8)
        var file = try config(listen: "127.0.0.1:7420", tlsSection(chain: notPEM))
        var configuration = try await ConfigLoader.load(path: file)
        #expect(
            throws: ConfigError(
                file: file, key: "tls.certificateChainFile", reason: "\(notPEM): not a PEM certificate (failedToLoadCertificate)")
        ) {
            try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        }
        file = try config(listen: "127.0.0.1:7420", tlsSection(key: certificates.directory.path))
        configuration = try await ConfigLoader.load(path: file)
        #expect(
            throws: ConfigError(
                file: file, key: "tls.privateKeyFile", reason: "\(certificates.directory.path): is a directory, not a PEM file")
        ) {
            try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        }
    }

    @Test func aKeyWithoutACertificateOrAClientCAWithoutTLSIsRefused() async throws {
        defer { certificates.remove() }
        var file = try config(listen: "127.0.0.1:7420", #", "tls": {"privateKeyFile": "k.pem"}"#)
        await #expect(
            throws: ConfigError(
                file: file, key: "tls.certificateChainFile",
                reason:
                    "required with tls.privateKeyFile (set it in a config file, as CYPHUB_TLS_CERTIFICATE_CHAIN_FILE or as --tls-certificate-chain-file)"
            )
        ) { _ = try await ConfigLoader.load(path: file) }
        file = try config(listen: "127.0.0.1:7420", #", "tls": {"clientCAFile": "ca.pem"}"#)
        await #expect(
            throws: ConfigError(
                file: file, key: "tls.clientCAFile",
                reason: "mutual TLS needs TLS: set tls.certificateChainFile and tls.privateKeyFile too")
        ) { _ = try await ConfigLoader.load(path: file) }
    }

    @Test func checkConfigReadsTheTLSKeysFromEveryLayer() async throws {
        defer { certificates.remove() }
        let file = try config(listen: "0.0.0.0:7420")
        // The environment supplies the files; the check passes and touches nothing.
        var result = try await CYPProcess.run(
            ["check-config", "--config", file], executable: "cyphub",
            environment: [
                "CYPHUB_TLS_CERTIFICATE_CHAIN_FILE": certificates.serverCertificateFile,
                "CYPHUB_TLS_PRIVATE_KEY_FILE": certificates.serverKeyFile,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(file): valid"))
        // A variable naming the wrong key: the error names the variable.
        result = try await CYPProcess.run(
            ["check-config", "--config", file], executable: "cyphub",
            environment: [
                "CYPHUB_TLS_CERTIFICATE_CHAIN_FILE": certificates.serverCertificateFile,
                "CYPHUB_TLS_PRIVATE_KEY_FILE": certificates.otherClientKeyFile,
            ])
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "error: environment: tls.privateKeyFile (CYPHUB_TLS_PRIVATE_KEY_FILE): \(certificates.otherClientKeyFile): this private key does not match"
            ), "\(result.stderr)")
        // Flags: a client CA that does not exist; then `--allow-insecure` alone.
        let missing = certificates.directory.appendingPathComponent("absent-ca.pem").path
        result = try await CYPProcess.run(
            [
                "check-config", "--config", file, "--tls-certificate-chain-file", certificates.serverCertificateFile,
                "--tls-private-key-file", certificates.serverKeyFile, "--tls-client-cafile", missing,
            ], executable: "cyphub")
        #expect(result.status == 2)
        #expect(
            result.stderr == "error: command line: tls.clientCAFile (--tls-client-cafile): \(missing): no such file\n",
            "\(result.stderr)")
        result = try await CYPProcess.run(["check-config", "--config", file, "--allow-insecure"], executable: "cyphub")
        #expect(result.status == 0, "\(result.stderr)")
    }
}
