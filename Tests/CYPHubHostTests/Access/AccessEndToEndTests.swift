import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import Foundation
import SocialCareModule
import Testing

/// Access control as a partner authority and an internal service meet it: a real host over TLS and mutual TLS, real
/// tokens, the social care module and its demo data (Leicester, E06000016).
@Suite struct AccessEndToEndTests {
    static let leicester = "E06000016"
    static let leicestershire = "E10000018"
    /// A November snapshot for Leicester with 3 LADO cases open: a count partners must see as `c`.
    static let november = """
        authority_code,snapshot_date,population,children_aged_0_to_17,ehcps_aged_0_to_25,child_protection_plans,children_looked_after,children_in_need,early_help_assessments_opened_in_week,lado_cases_open,cass_in_care_s20,cass_care_leavers
        E06000016,2024-11-01,379780,88726,4405,415,602,2009,13,3,67,37

        """

    @Test func overTLSAPartnerReadsItsOwnAggregateFiguresWithSmallNumbersWithheldAndNothingElse() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let tls = HostTLS(certificateChainFile: certificates.serverCertificateFile, privateKeyFile: certificates.serverKeyFile)
        try await TestHost.withRunning(modules: [SocialCareModule()], demoData: true, tls: tls, authRequired: true) { host in
            let partnerToken = try await host.issueToken(name: "leicester-partner", role: .partner, authorities: Self.leicester)
            let internalToken = try await host.issueToken(name: "leicester-etl", role: .internal, authorities: Self.leicester)
            let clientTLS = ClientTLS(trustRoots: .file(certificates.caFile))
            let partner = try await CYPHubClient.connect(to: host.address, tls: clientTLS, token: partnerToken)
            let etl = try await CYPHubClient.connect(to: host.address, tls: clientTLS, token: internalToken)
            let anonymous = try await CYPHubClient.connect(to: host.address, tls: clientTLS)
            defer {
                Task {
                    await partner.close()
                    await etl.close()
                    await anonymous.close()
                }
            }
            let asPartner = SocialCareClient(caller: partner)
            let asInternal = SocialCareClient(caller: etl)

            // The internal service imports a snapshot with 3 LADO cases open.
            let stored = try await asInternal.import(ImportRequest(dataset: .demandSnapshot, fileName: "nov.csv", csv: Self.november))
            #expect(stored.rowsStored == 1)

            // It sees 3; the partner sees 0, the path named, the table's display `c`.
            let internalView = try await asInternal.getSnapshot(GetSnapshotRequest(authority: Self.leicester, date: "2024-11-01"))
            #expect(internalView.demand?.ladoCasesOpen == 3)
            #expect(internalView.suppressed.isEmpty)
            let partnerView = try await asPartner.getSnapshot(GetSnapshotRequest(authority: Self.leicester, date: "2024-11-01"))
            #expect(partnerView.demand?.ladoCasesOpen == 0)
            #expect(partnerView.suppressed.contains("demand.lado_cases_open"), "\(partnerView.suppressed)")
            let row = try #require(partnerView.rows.first { $0.key == "lado_cases_open" })
            #expect(row.valueDisplay == "c")
            #expect(row.value == 0)
            // Figures of 6 and more are as the internal service sees them: 415 child protection plans.
            #expect(partnerView.demand?.childProtectionPlans == 415)

            // Another authority: denied, naming the method and the authority, whether or not it has data.
            let other = await failure(.permissionDenied) {
                _ = try await asPartner.getSnapshot(GetSnapshotRequest(authority: Self.leicestershire, date: ""))
            }
            #expect(
                other
                    == "principal 'leicester-partner' may not call cyphub.socialcare.v1.SocialCare/GetSnapshot for authority 'E10000018' (request field authority)"
            )
            // Record-level data and imports: denied.
            let records = await failure(.permissionDenied) {
                _ = try await asPartner.getCaseloads(GetCaseloadsRequest(authority: Self.leicester))
            }
            #expect(records?.hasSuffix("may not call cyphub.socialcare.v1.SocialCare/GetCaseloads: it returns record-level data") == true)
            let write = await failure(.permissionDenied) {
                _ = try await asPartner.import(ImportRequest(dataset: .demandSnapshot, fileName: "nov.csv", csv: Self.november))
            }
            #expect(write?.hasSuffix("it changes data") == true)

            // The internal service may not import another authority's rows: the whole file is refused, nothing stored.
            let mixed = Self.november + "E10000018,2024-11-01,1,1,1,1,1,1,1,1,1,1\n"
            let denied = await failure(.permissionDenied) {
                _ = try await asInternal.import(ImportRequest(dataset: .demandSnapshot, fileName: "mixed.csv", csv: mixed))
            }
            #expect(
                denied
                    == "import refused, nothing stored (1 issue):\nmixed.csv:3: column authority_code: the caller may not import for authority E10000018"
            )
            let held = try await asInternal.listSnapshots(ListSnapshotsRequest(authority: Self.leicester))
            #expect(held.dates.map(\.date) == ["2024-07-05", "2024-10-04", "2024-11-01"])

            // The audit log names who was refused what: the partner, the method, the authority it asked for.
            let adminToken = try await host.issueToken(name: "ops", role: .admin, authorities: "all")
            let admin = try await CYPHubClient.connect(to: host.address, tls: clientTLS, token: adminToken)
            let refused = try await AuditClient(caller: admin).query(
                AuditQuery(principal: "leicester-partner", status: "PERMISSION_DENIED"))
            #expect(
                Set(refused.records.map { "\($0.method) \($0.authority)" }) == [
                    "cyphub.socialcare.v1.SocialCare/GetSnapshot E10000018", "cyphub.socialcare.v1.SocialCare/GetCaseloads E06000016",
                    "cyphub.socialcare.v1.SocialCare/Import ",
                ])
            let imported = try await AuditClient(caller: admin).query(
                AuditQuery(principal: "leicester-etl", method: SocialCare.Method.Import.descriptor.fullName))
            #expect(imported.records.map(\.status).sorted() == ["OK", "PERMISSION_DENIED"])
            #expect(imported.records.first { $0.status == "OK" }?.rowsStored == 1)
            await admin.close()

            // No credentials: only the health check answers.
            #expect(try await anonymous.health().status == .serving)
            let unauthenticated = await failure(.unauthenticated) {
                _ = try await SocialCareClient(caller: anonymous).getSnapshot(GetSnapshotRequest(authority: Self.leicester, date: ""))
            }
            #expect(unauthenticated?.hasPrefix("this host requires credentials") == true)
        }
    }

    @Test func expiredAndRevokedTokensAreRefusedWithoutSayingWhich() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()], authRequired: true) { host in
            let lastYear = Date(timeIntervalSinceNow: -400 * 86_400)
            let expired = try await host.issueToken(
                name: "old-partner", role: .partner, authorities: Self.leicester, expires: "30d", now: lastYear)
            let revoked = try await host.issueToken(name: "gone-partner", role: .partner, authorities: Self.leicester)
            let admin = try await host.issueToken(name: "ops", role: .admin, authorities: "all")
            let revokedClient = try await host.connect(token: revoked)
            let request = ListSnapshotsRequest(authority: Self.leicester)
            // Works until it is revoked over the wire, then stops at once.
            _ = try await SocialCareClient(caller: revokedClient).listSnapshots(request)
            let adminClient = try await host.connect(token: admin)
            _ = try await AdminClient(caller: adminClient).revokePrincipal(RevokePrincipalRequest(name: "gone-partner"))
            for token in [expired, revoked] {
                let client = try await host.connect(token: token)
                let message = await failure(.unauthenticated) { _ = try await SocialCareClient(caller: client).listSnapshots(request) }
                #expect(message == "the token is not valid (unknown, expired or revoked)")
                await client.close()
            }
            // A partner may not use the admin service.
            let partnerToken = try await host.issueToken(name: "partner", role: .partner, authorities: Self.leicester)
            let partner = try await host.connect(token: partnerToken)
            let message = await failure(.permissionDenied) {
                _ = try await AdminClient(caller: partner).listPrincipals(ListPrincipalsRequest())
            }
            #expect(
                message == "principal 'partner' (role partner) may not call cyphub.admin.v1.Admin/ListPrincipals: it is an admin method")
            // The health check needs no credentials; the audit log says it was not authenticated.
            let anonymous = try await host.connect()
            #expect(try await anonymous.health().status == .serving)
            let checks = try await AuditClient(caller: adminClient).query(AuditQuery(method: Health.Method.Check.descriptor.fullName))
            #expect(checks.records.map(\.principal) == ["unauthenticated"])
            for client in [revokedClient, adminClient, partner, anonymous] { await client.close() }
        }
    }

    @Test func withMutualTLSAClientCertificateSubjectActsAsItsPrincipal() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let tls = HostTLS(
            certificateChainFile: certificates.serverCertificateFile, privateKeyFile: certificates.serverKeyFile,
            clientCAFile: certificates.caFile)
        try await TestHost.withRunning(modules: [SocialCareModule()], tls: tls, authRequired: true) { host in
            let clientTLS = ClientTLS(
                trustRoots: .file(certificates.caFile), certificateChainFile: certificates.clientCertificateFile,
                privateKeyFile: certificates.clientKeyFile)
            let client = try await CYPHubClient.connect(to: host.address, tls: clientTLS)
            // Before any principal names the certificate: a valid certificate alone is not enough.
            let before = await failure(.unauthenticated) { _ = try await IdentityClient(caller: client).whoAmI(WhoAmIRequest()) }
            #expect(before == "the client certificate is not valid (unknown, expired or revoked)")
            _ = try await host.issueToken(
                name: "leicester-service", role: .internal, authorities: Self.leicester, certificateSubject: "CN=test-client")
            // A new connection (the subject is read once per connection, after the handshake).
            let mapped = try await CYPHubClient.connect(to: host.address, tls: clientTLS)
            let identity = try await IdentityClient(caller: mapped).whoAmI(WhoAmIRequest())
            #expect(identity.name == "leicester-service")
            #expect(identity.certificateSubject == "CN=test-client")
            // A token, when sent, wins over the certificate.
            let token = try await host.issueToken(name: "someone-else", role: .partner, authorities: Self.leicester)
            let both = try await CYPHubClient.connect(to: host.address, tls: clientTLS, token: token)
            #expect(try await IdentityClient(caller: both).whoAmI(WhoAmIRequest()).name == "someone-else")
            for connection in [client, mapped, both] { await connection.close() }
        }
    }
}
