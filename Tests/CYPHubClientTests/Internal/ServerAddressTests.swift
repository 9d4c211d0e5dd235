import CYPHubCore
import Testing

@testable import CYPHubClient

@Suite struct ServerAddressTests {
    @Test(arguments: [
        ("127.0.0.1:7420", "127.0.0.1", 7420),
        ("hub.example.org:443", "hub.example.org", 443),
        ("localhost:1", "localhost", 1),
        ("[::1]:7420", "::1", 7420),
        ("[2001:db8::1]:65535", "2001:db8::1", 65535),
    ])
    func parsesHostAndPort(text: String, host: String, port: Int) throws {
        let address = try ServerAddress(parsing: text)
        #expect(address.host == host)
        #expect(address.port == port)
        #expect(address.description == text)
    }

    @Test(arguments: [
        ("localhost", "server address 'localhost' is not HOST:PORT (e.g. 127.0.0.1:7420 or [::1]:7420)"),
        ("", "server address '' is not HOST:PORT (e.g. 127.0.0.1:7420 or [::1]:7420)"),
        ("[::1]", "server address '[::1]' is not HOST:PORT (e.g. 127.0.0.1:7420 or [::1]:7420)"),
        ("[::1]7420", "server address '[::1]7420' is not HOST:PORT (e.g. 127.0.0.1:7420 or [::1]:7420)"),
        ("localhost:", "server address 'localhost:' has port ''; a port is a number from 1 to 65535"),
        ("localhost:0", "server address 'localhost:0' has port '0'; a port is a number from 1 to 65535"),
        ("localhost:65536", "server address 'localhost:65536' has port '65536'; a port is a number from 1 to 65535"),
        ("localhost:-1", "server address 'localhost:-1' has port '-1'; a port is a number from 1 to 65535"),
        ("localhost:+80", "server address 'localhost:+80' has port '+80'; a port is a number from 1 to 65535"),
        ("localhost:http", "server address 'localhost:http' has port 'http'; a port is a number from 1 to 65535"),
        ("localhost:7420 ", "server address 'localhost:7420 ' has port '7420 '; a port is a number from 1 to 65535"),
        (
            "localhost:99999999999999999999",
            "server address 'localhost:99999999999999999999' has port '99999999999999999999'; a port is a number from 1 to 65535"
        ),
        (":7420", "server address ':7420' has no host (e.g. 127.0.0.1:7420)"),
        ("[]:7420", "server address '[]:7420' has no host (e.g. 127.0.0.1:7420)"),
        ("::1:7420", "server address '::1:7420' has an IPv6 address without brackets; write it as [ADDRESS]:PORT"),
        ("[::1:7420", "server address '[::1:7420' has no ']' after the IPv6 address"),
    ])
    func refusesAnythingElseNamingTheText(text: String, message: String) {
        #expect {
            _ = try ServerAddress(parsing: text)
        } throws: { error in
            let error = error as? RPCError
            return error?.code == .invalidArgument && error?.message == message
        }
    }

    @Test func connectRefusesABadAddressBeforeTouchingTheNetwork() async {
        let error = await rpcError { try await CYPHubClient.connect(to: ":7420") }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message == "server address ':7420' has no host (e.g. 127.0.0.1:7420)")
    }
}
