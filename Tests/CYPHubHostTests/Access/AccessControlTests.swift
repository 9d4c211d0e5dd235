import CYPHubCore
import CYPHubModules
import IndicatorsModule
import SocialCareModule
import Logging
import Testing

@testable import CYPHubHost

/// The host's access rules, one decision at a time: roles against each kind of method, authorities against the
/// request's field, the credential forms accepted, and the slowing of repeated failures. (The same rules through a real
/// host, for every registered method, are in AccessMatrixTests.)
@Suite struct AccessControlTests {
    /// Credentials known to the test: a token or subject → a principal.
    struct Directory: PrincipalLookup {
        var tokens: [String: PrincipalLookupResult] = [:]
        var subjects: [String: PrincipalLookupResult] = [:]
        func principal(bearerToken: String) -> PrincipalLookupResult { tokens[bearerToken] ?? .unknown }
        func principal(certificateSubject: String) -> PrincipalLookupResult { subjects[certificateSubject] ?? .unknown }
    }

    static let leicester = "E06000016"
    static let leicestershire = "E10000018"
    let partner = Principal(name: "leics-partner", role: .partner, authorities: .only([leicester]))
    let internalService = Principal(name: "etl", role: .internal, authorities: .only([leicester]))
    let admin = Principal(name: "ops", role: .admin, authorities: .all)

    func control(required: Bool = true, _ directory: Directory = Directory()) -> AccessControl {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return AccessControl(required: required, principals: directory, attempts: FailedAttempts(logger: logger), logger: logger)
    }

    func context(metadata: [String: String] = [:], subject: String = "", peer: String = "[IPv4]10.1.2.3/10.1.2.3:50000") -> CallContext {
        CallContext(
            method: SocialCare.Method.GetSnapshot.descriptor, metadata: metadata, peer: peer, clientCertificateSubject: subject,
            logger: Logger(label: "test"))
    }

    @Test func rolesAgainstEachKindOfMethod() {
        let cases: [(MethodAccess.Operation, MethodAccess.Level, Role, Bool)] = [
            (.read, .aggregate, .partner, true), (.read, .records, .partner, false), (.write, .records, .partner, false),
            (.admin, .records, .partner, false), (.read, .records, .internal, true), (.write, .records, .internal, true),
            (.admin, .records, .internal, false), (.admin, .records, .admin, true), (.open, .aggregate, .partner, true),
        ]
        for (operation, level, role, allowed) in cases {
            let access = MethodAccess(operation: operation, level: level, authority: .none)
            #expect(access.permits(role) == allowed, "\(operation) \(level) by \(role)")
        }
    }

    @Test func theAuthorityARequestNamesIsCheckedAgainstThePrincipals() throws {
        let access = Access<GetSnapshotRequest>.read(.aggregate, authority: \.authority).declaration
        let method = SocialCare.Method.GetSnapshot.descriptor
        let own = GetSnapshotRequest(authority: "e06000016", date: "")
        #expect(try control().authorize(partner, access, method: method, request: own) == Self.leicester)
        let other = GetSnapshotRequest(authority: Self.leicestershire, date: "")
        let error = #expect(throws: RPCError.self) { try control().authorize(partner, access, method: method, request: other) }
        #expect(error?.code == .permissionDenied)
        #expect(
            error?.message
                == "principal 'leics-partner' may not call cyphub.socialcare.v1.SocialCare/GetSnapshot for authority 'E10000018' (request field authority)"
        )
        #expect(try control().authorize(admin, access, method: method, request: other) == Self.leicestershire)
    }

    @Test func aPartnerAskingForRecordsOrWritingIsDeniedNamingTheMethod() throws {
        let records = Access<GetCaseloadsRequest>.read(.records, authority: \.authority).declaration
        let method = SocialCare.Method.GetCaseloads.descriptor
        let error = #expect(throws: RPCError.self) {
            try control().authorize(partner, records, method: method, request: GetCaseloadsRequest(authority: Self.leicester))
        }
        #expect(error?.code == .permissionDenied)
        #expect(
            error?.message
                == "principal 'leics-partner' (role partner) may not call cyphub.socialcare.v1.SocialCare/GetCaseloads: it returns record-level data"
        )
        let write = Access<ImportRequest>.writeRowsOfFile.declaration
        let denied = #expect(throws: RPCError.self) {
            try control().authorize(partner, write, method: SocialCare.Method.Import.descriptor, request: ImportRequest())
        }
        #expect(denied?.message.hasSuffix("it changes data") == true)
        #expect(
            try control().authorize(internalService, write, method: SocialCare.Method.Import.descriptor, request: ImportRequest()) == "")
    }

    @Test func anImportForEveryAuthorityNeedsAPrincipalHoldingAll() throws {
        let access = MethodAccess(operation: .write, level: .records, authority: .allAuthorities)
        let method = Indicators.Method.Import.descriptor
        let error = #expect(throws: RPCError.self) {
            try control().authorize(internalService, access, method: method, request: IndicatorsImportRequest())
        }
        #expect(error?.code == .permissionDenied)
        let everywhere = Principal(name: "etl-all", role: .internal, authorities: .all)
        #expect(try control().authorize(everywhere, access, method: method, request: IndicatorsImportRequest()) == "")
    }

    @Test func aBearerTokenFindsItsPrincipal() async throws {
        let control = control(Directory(tokens: ["cyp_secret": .found(partner)]))
        #expect(try await control.authenticate(context(metadata: ["authorization": "Bearer cyp_secret"])) == partner)
        #expect(try await control.authenticate(context(metadata: ["authorization": "bearer   cyp_secret"])) == partner)
    }

    @Test func missingMalformedUnknownExpiredAndRevokedCredentialsAreUnauthenticated() async throws {
        let directory = Directory(tokens: ["old": .expired("leics-partner"), "gone": .revoked("leics-partner")])
        let cases: [([String: String], String)] = [
            ([:], "this host requires credentials: send the metadata 'authorization: Bearer <token>' (cyp --token or CYPHUB_TOKEN)"),
            (["authorization": "Basic dXNlcjpwYXNz"], "the authorization metadata must be 'Bearer <token>' (gRPC's convention)"),
            (["authorization": "Bearer "], "the authorization metadata must be 'Bearer <token>' (gRPC's convention)"),
            (["authorization": "Bearer nope"], "the token is not valid (unknown, expired or revoked)"),
            (["authorization": "Bearer old"], "the token is not valid (unknown, expired or revoked)"),
            (["authorization": "Bearer gone"], "the token is not valid (unknown, expired or revoked)"),
        ]
        for (metadata, message) in cases {
            // A fresh control each time: no slowing from the failures before.
            let error = await #expect(throws: RPCError.self) { try await control(directory).authenticate(context(metadata: metadata)) }
            #expect(error?.code == .unauthenticated, "\(metadata)")
            #expect(error?.message == message, "\(metadata)")
        }
    }

    @Test func withoutRequiredAuthACallWithNoCredentialsIsAnonymousButABadTokenIsStillRefused() async throws {
        let control = control(required: false)
        #expect(try await control.authenticate(context()) == .anonymous)
        let error = await #expect(throws: RPCError.self) {
            try await control.authenticate(context(metadata: ["authorization": "Bearer guess"]))
        }
        #expect(error?.code == .unauthenticated)
    }

    @Test func aClientCertificateSubjectMapsToItsPrincipal() async throws {
        let subject = "CN=leicester,O=Leicester City Council"
        let control = control(Directory(subjects: [subject: .found(partner)]))
        #expect(try await control.authenticate(context(subject: subject)) == partner)
        let error = await #expect(throws: RPCError.self) { try await control.authenticate(context(subject: "CN=someone-else")) }
        #expect(error?.message == "the client certificate is not valid (unknown, expired or revoked)")
    }

    @Test func repeatedFailuresFromOneAddressAreSlowedAndASuccessForgetsThem() {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let attempts = FailedAttempts(logger: logger)
        let start = ContinuousClock.now
        for _ in 0..<FailedAttempts.freeFailures { attempts.recordFailure(from: "10.1.2.3", now: start) }
        #expect(attempts.delay(for: "10.1.2.3", now: start) == .zero)
        attempts.recordFailure(from: "10.1.2.3", now: start)
        #expect(attempts.delay(for: "10.1.2.3", now: start) == .milliseconds(100))
        for _ in 0..<3 { attempts.recordFailure(from: "10.1.2.3", now: start) }
        #expect(attempts.delay(for: "10.1.2.3", now: start) == .milliseconds(800))
        for _ in 0..<30 { attempts.recordFailure(from: "10.1.2.3", now: start) }
        #expect(attempts.delay(for: "10.1.2.3", now: start) == .seconds(10))
        // Another address is not slowed; the count decays by half a minute later; a success forgets it.
        #expect(attempts.delay(for: "10.9.9.9", now: start) == .zero)
        #expect(attempts.delay(for: "10.1.2.3", now: start + .seconds(600)) == .zero)
        attempts.recordSuccess(from: "10.1.2.3")
        #expect(attempts.delay(for: "10.1.2.3", now: start) == .zero)
    }

    @Test func authIsRequiredByDefaultOffLoopbackAndTurningItOffThereIsRefused() throws {
        #expect(HostConfiguration(listen: ListenAddress(host: "127.0.0.1", port: 0)).authRequired == false)
        #expect(HostConfiguration(listen: ListenAddress(host: "0.0.0.0", port: 0)).authRequired == true)
        let open = HostConfiguration(listen: ListenAddress(host: "0.0.0.0", port: 0), source: "test", authRequired: false)
        let error = #expect(throws: ConfigError.self) { try HubHost.transport(open) }
        #expect(error?.key == "auth.required")
        #expect(error?.reason.hasPrefix("is false, but 0.0.0.0:0 is not a loopback address") == true, "\(String(describing: error))")
    }

    @Test func failuresAreCountedByAddressNotConnection() {
        #expect(AccessControl.address(of: "[IPv4]10.1.2.3/10.1.2.3:50000") == "10.1.2.3")
        #expect(AccessControl.address(of: "[IPv6]::1/::1:50000") == "::1")
    }

    @Test func theBearerSchemeIsReadInAnyCaseWithWhitespaceAroundTheTokenIgnored() {
        let token = "cyp_AbCd-_0123456789abcdefghijklmnopqrstuvwxyzA"
        for header in [
            "Bearer \(token)", "bearer \(token)", "BEARER \(token)", "bEaReR \(token)", "  Bearer \(token)", "Bearer    \(token)",
            "Bearer \(token) ", "Bearer \t\(token)\t", "Bearer \u{00A0}\(token)\u{2003}\u{3000}",
        ] {
            #expect(AccessControl.bearerToken(header) == token, "\(header.debugDescription)")
        }
        #expect(AccessControl.bearerToken("Bearer a b") == "a b")
        for header in [
            "", "Bearer", "Bearer ", "Bearer \t ", "Token abc", "Basic abc", "Bearerabc", "Bearer\tabc", "Bearer\u{00A0}abc",
            "Bearers abc", "Beare abc", "Bearer\u{301} abc", "\tBearer abc", "Bëarer abc",
        ] {
            #expect(AccessControl.bearerToken(header) == nil, "\(header.debugDescription)")
        }
    }

    @Test func aPeerWithNoFailuresIsNotTrackedAndOneWithFailuresIsUntilItSucceeds() async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let attempts = FailedAttempts(logger: logger)
        let control = AccessControl(
            required: true, principals: Directory(tokens: ["good": .found(partner)]), attempts: attempts, logger: logger)
        #expect(try await control.authenticate(context(metadata: ["authorization": "Bearer good"])) == partner)
        #expect(!attempts.isTracking)
        let error = await #expect(throws: RPCError.self) {
            try await control.authenticate(context(metadata: ["authorization": "Bearer guess"]))
        }
        #expect(error?.message == "the token is not valid (unknown, expired or revoked)")
        #expect(attempts.isTracking)
        #expect(try await control.authenticate(context(metadata: ["authorization": "Bearer good"])) == partner)
        #expect(!attempts.isTracking)
    }
}
