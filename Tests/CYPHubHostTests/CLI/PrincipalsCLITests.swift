import CYPHubCore
import CYPHubTesting
import Foundation
import Testing

/// The real binaries: `cyphub principals …` on a data directory (with and without a running host), `cyp admin
/// principals …` and `cyp whoami` against a live host, and `cyp --token` / `CYPHUB_TOKEN`.
@Suite(.timeLimit(.minutes(3))) final class PrincipalsCLITests {
    let directory: URL
    var dataDirectory: String { directory.appendingPathComponent("data").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-principals-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func cyphub(_ arguments: [String]) async throws -> CYPProcess.Result {
        try await CYPProcess.run(["principals"] + arguments + ["--data-dir", dataDirectory], executable: "cyphub")
    }

    func object(_ result: CYPProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.json) as? [String: Any], "not a JSON object: \(result.stdout)")
    }

    /// The token line of `add` / `rotate` for people: the last line.
    func token(_ result: CYPProcess.Result) -> String {
        String(result.stdout.split(separator: "\n").last ?? "")
    }

    @Test func offlineAddListRotateRevokeForPeopleAndWithJSON() async throws {
        var result = try await cyphub([
            "add", "leicester", "--role", "partner", "--authorities", "E06000016,E10000018", "--expires", "2099-12-31",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first == "Added principal leicester (partner; E06000016,E10000018; expires 2100-01-01T00:00:00Z).")
        #expect(lines.dropFirst().first == "Token, shown this once (the host keeps only its SHA-256):")
        let first = token(result)
        #expect(first.hasPrefix("cyp_") && first.count == 47)

        result = try await cyphub([
            "add", "ops", "--role", "admin", "--authorities", "all", "--certificate-subject", "CN=ops,O=Council", "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let added = try object(result)
        let principal = try #require(added["principal"] as? [String: Any])
        #expect(principal["name"] as? String == "ops")
        #expect(principal["allAuthorities"] as? Bool == true)
        #expect(principal["certificateSubject"] as? String == "CN=ops,O=Council")
        #expect((added["token"] as? String)?.hasPrefix("cyp_") == true)

        result = try await cyphub(["list"])
        #expect(result.status == 0, "\(result.stderr)")
        let table = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(table.first == ["Name", "Role", "Authorities", "Expires", "Revoked", "Tokens", "Prefixes"])
        #expect(
            table.dropFirst(2).first == [
                "leicester", "partner", "E06000016,E10000018", "2100-01-01T00:00:00Z", "no", "1", "\(first.prefix(8))…",
            ])
        #expect(table.dropFirst(3).first?.prefix(5) == ["ops", "admin", "all", "never", "no"])
        // The token itself is never listed.
        #expect(!result.stdout.contains(first))

        result = try await cyphub(["rotate", "leicester", "--keep-old"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("New token for leicester; 0 tokens revoked, 2 tokens working now.\n"))
        let second = token(result)
        // The end of the switch-over: the first token alone.
        result = try await cyphub(["revoke", "leicester", "--prefix", String(first.prefix(8))])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Revoked 1 token of principal leicester; 1 token working now.\n")
        result = try await cyphub(["rotate", "leicester", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try object(result)["tokensRevoked"] as? Int == 1)

        result = try await cyphub(["revoke", "leicester"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Revoked principal leicester and 1 token.\n")
        result = try await cyphub(["list", "--json"])
        let listed = try #require(try object(result)["principals"] as? [[String: Any]])
        #expect(listed.map { $0["name"] as? String } == ["leicester", "ops"])
        #expect((listed.first?["revokedAt"] as? String)?.isEmpty == false)
        let tokens = try #require(listed.first?["tokens"] as? [[String: Any]])
        #expect(tokens.count == 3 && tokens.allSatisfy { ($0["revokedAt"] as? String)?.isEmpty == false })
        #expect(!result.stdout.contains(first) && !result.stdout.contains(second))
    }

    @Test func badInputIsRefusedWithItsReasonAndChangesNothing() async throws {
        _ = try await cyphub(["add", "ops", "--role", "admin", "--authorities", "all"])
        let before = try await cyphub(["list", "--json"]).stdout
        let refusals: [(arguments: [String], status: Int32, code: String, message: String)] = [
            (
                ["add", "x", "--role", "boss", "--authorities", "all"], 64, "INVALID_ARGUMENT",
                "role: 'boss' is not a role (admin, internal or partner)"
            ),
            (
                ["add", "x", "--role", "partner", "--authorities", "E06000016,E0600001"], 64, "INVALID_ARGUMENT",
                "authorities: 'E0600001' is not a local authority code (E followed by 8 digits, e.g. E06000016), nor all"
            ),
            (
                ["add", "x", "--role", "partner", "--authorities", "all", "--expires", "next week"], 64, "INVALID_ARGUMENT",
                "expires: 'next week' is not a date (2027-03-31) or a number of days (90d)"
            ),
            (
                ["add", "OPS", "--role", "admin", "--authorities", "all"], 1, "ALREADY_EXISTS",
                "a principal named 'ops' already exists (names ignore case)"
            ),
            (["revoke", "nobody"], 1, "NOT_FOUND", "no principal named 'nobody'"),
            (["rotate", "nobody"], 1, "NOT_FOUND", "no principal named 'nobody'"),
        ]
        for refusal in refusals {
            let people = try await cyphub(refusal.arguments)
            #expect(people.status == refusal.status, "\(refusal.arguments)")
            #expect(people.stdout.isEmpty)
            #expect(people.stderr == "error: \(refusal.message)\n")
            let json = try await cyphub(refusal.arguments + ["--json"])
            #expect(json.status == refusal.status)
            let error = try #require(try object(json)["error"] as? [String: String])
            #expect(error == ["code": refusal.code, "message": refusal.message])
        }
        #expect(try await cyphub(["list", "--json"]).stdout == before)

        // A data directory with no database is not created by a command that only reads or changes.
        let absent = directory.appendingPathComponent("absent").path
        let result = try await CYPProcess.run(["principals", "list", "--data-dir", absent], executable: "cyphub")
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: no database at \(absent)/cyphub.sqlite: give the host's --data-dir (the host creates it when it first starts)\n")
        #expect(!FileManager.default.fileExists(atPath: absent))
    }

    @Test func everyPrincipalsCommandHasHelp() async throws {
        for command in [
            ["principals"], ["principals", "add"], ["principals", "list"], ["principals", "revoke"], ["principals", "rotate"],
        ] {
            let result = try await CYPProcess.run(command + ["--help"], executable: "cyphub")
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE: cyphub \(command.joined(separator: " "))"), "\(command): \(result.stdout)")
        }
        let add = try await CYPProcess.run(["principals", "add", "--help"], executable: "cyphub")
        for option in ["--role", "--authorities", "--expires", "--certificate-subject", "--data-dir", "--json"] {
            #expect(add.stdout.contains(option), "\(option)")
        }
    }

    @Test func aRunningHostPicksUpAnOfflineChangeWithinAboutASecond() async throws {
        let host = try await HostProcess.start(modules: "capital")
        let data = host.dataDirectory.appendingPathComponent("data").path
        let added = try await CYPProcess.run(
            ["principals", "add", "ops", "--role", "admin", "--authorities", "all", "--data-dir", data], executable: "cyphub")
        #expect(added.status == 0, "\(added.stderr)")
        try await waitUntil(timeout: .seconds(30)) { host.log.contains("principals changed in the database: reloaded 1 principals") }
        // The host's admin service sees the same table.
        let listed = try await CYPProcess.run(["admin", "principals", "list", "--json", "--server", host.address])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("\"name\" : \"ops\""))

        let revoked = try await CYPProcess.run(["principals", "revoke", "ops", "--data-dir", data], executable: "cyphub")
        #expect(revoked.status == 0, "\(revoked.stderr)")
        try await waitUntil(timeout: .seconds(30)) {
            host.log.components(separatedBy: "principals changed in the database: reloaded 1 principals").count == 3
        }
        // With AccessControl merged: the revoked token is refused UNAUTHENTICATED from here on (to be tested there).
        let status = try await host.stop()
        #expect(status == 0, "\(host.log)")
    }

    @Test func cypAdminPrincipalsAndWhoAmIOverTheWire() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let server = ["--server", host.address]
            var result = try await CYPProcess.run(
                ["admin", "principals", "add", "leicester", "--role", "partner", "--authorities", "E06000016"] + server)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Added principal leicester (partner; E06000016; never expires).\n"))
            let first = token(result)
            #expect(first.hasPrefix("cyp_"))

            result = try await CYPProcess.run(["--json", "admin", "principals", "rotate", "leicester", "--keep-old"] + server)
            #expect(result.status == 0, "\(result.stderr)")
            let rotated = try object(result)
            #expect(rotated["tokensRevoked"] as? Int == 0)
            let second = try #require(rotated["token"] as? String)

            result = try await CYPProcess.run(["admin", "principals", "list"] + server)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout.contains(
                    "leicester  partner  E06000016    never    no            2  \(first.prefix(8))… \(second.prefix(8))…"),
                "\(result.stdout)")

            result = try await CYPProcess.run(["admin", "principals", "revoke", "leicester", "--json"] + server)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try object(result)["tokensRevoked"] as? Int == 2)

            result = try await CYPProcess.run(["admin", "principals", "add", "x", "--role", "root", "--authorities", "all"] + server)
            #expect(result.status == 1)
            #expect(result.stderr == "error: INVALID_ARGUMENT: role: 'root' is not a role (admin, internal or partner)\n")

            result = try await CYPProcess.run(["whoami"] + server)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout
                    == "Calls to \(host.address) run as:\nPrincipal    anonymous\nRole         admin\nAuthorities  all\nExpires      never\n"
            )
            result = try await CYPProcess.run(["whoami", "--json"] + server)
            #expect(result.status == 0, "\(result.stderr)")
            let whoAmI = try object(result)
            #expect(whoAmI["name"] as? String == "anonymous")
            #expect(whoAmI["role"] as? String == "admin")
            #expect(whoAmI["allAuthorities"] as? Bool == true)
        }
    }

    @Test func cypSendsTheTokenFromTheFlagOrTheVariableAndNeverPrintsIt() async throws {
        let seen = Recorder()
        try await TestHost.withRunning(modules: [TestingModule()], interceptors: [MetadataRecorder(seen: seen)]) { host in
            let server = ["--server", host.address]
            let fromFlag = try await host.issueToken(name: "from-flag", role: .partner, authorities: "E06000016")
            let fromVariable = try await host.issueToken(name: "from-variable", role: .internal, authorities: "all")
            var result = try await CYPProcess.run(["--token", fromFlag, "whoami"] + server)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Principal    from-flag\nRole         partner\nAuthorities  E06000016\n"), "\(result.stdout)")
            result = try await CYPProcess.run(["whoami", "--json"] + server, environment: ["CYPHUB_TOKEN": fromVariable])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try object(result)["name"] as? String == "from-variable")
            // The flag wins over the variable.
            result = try await CYPProcess.run(["health", "--token=\(fromFlag)"] + server, environment: ["CYPHUB_TOKEN": fromVariable])
            #expect(result.status == 0, "\(result.stderr)")
            result = try await CYPProcess.run(["health"] + server)
            // The health check needs no credentials, so it reaches the interceptors with whatever it carried.
            #expect(seen.lines == ["Bearer \(fromFlag)", "Bearer \(fromVariable)", "Bearer \(fromFlag)", "(none)"])
            #expect(!result.stdout.contains("cyp_") && !result.stderr.contains("cyp_"))
            // A token the host does not know: UNAUTHENTICATED, and the token is not echoed.
            result = try await CYPProcess.run(["--token", "cyp_guess", "whoami"] + server)
            #expect(result.status == 1)
            #expect(result.stderr == "error: UNAUTHENTICATED: the token is not valid (unknown, expired or revoked)\n", "\(result.stderr)")

            // A token that cannot be sent is a usage error that does not quote it.
            result = try await CYPProcess.run(["--json", "whoami"] + server, environment: ["CYPHUB_TOKEN": "cyp_a b"])
            #expect(result.status == 64)
            #expect(
                result.stdout.contains(
                    "CYPHUB_TOKEN: the token holds a space or a control character (a line break?): give it on one line"),
                "\(result.stdout)")
            #expect(!result.stdout.contains("cyp_a b") && !result.stderr.contains("cyp_a b"))
            result = try await CYPProcess.run(["whoami", "--token", ""] + server)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: --token: the token is empty\n"), "\(result.stderr)")
        }
    }
}
