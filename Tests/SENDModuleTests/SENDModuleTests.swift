import CYPHubCore
import CYPHubTesting
import Testing
@testable import SENDModule

/// The module as a host sees it: its seven methods under its proto package, and, when the module is compiled in but
/// not enabled, calls refused naming it (the host finds the module by the method's package).
@Suite struct SENDModuleTests {
    @Test func theHostListsTheSevenMethodsUnderTheModulesPackage() async throws {
        try await TestHost.withRunning(modules: [SENDModule()], mode: .inProcess) { host in
            let listing = try await host.caller().unary(Modules.Method.List.self, request: ListModulesRequest())
            let module = try #require(listing.modules.first { $0.id == "send" })
            #expect(module.protoPackage == "cyphub.send.v1")
            #expect(module.methods.map(\.name) == SEND.methods.map(\.fullName).sorted())
            #expect(SEND.methods.count == 7)
            #expect(SEND.methods.allSatisfy { $0.protoPackage == module.protoPackage })
            let importMethod = try #require(module.methods.first { $0.name == SEND.Method.Import.descriptor.fullName })
            #expect(importMethod.inputType == SENDImportRequest.protoName)
            #expect(importMethod.outputType == SENDImportResult.protoName)
            let importStream = try #require(module.methods.first { $0.name == SEND.Method.ImportStream.descriptor.fullName })
            #expect(importStream.kind == "client_streaming")
            #expect(importStream.inputType == SENDImportChunk.protoName)
        }
    }

    @Test func aDisabledModuleIsNamedInTheRefusal() async throws {
        try await TestHost.withRunning(modules: [SENDModule()], enabled: [], mode: .inProcess) { host in
            let client = SENDClient(caller: try await host.caller())
            do {
                _ = try await client.ehcpSummary(authority: "E10000018")
                Issue.record("expected FAILED_PRECONDITION")
            } catch let error as RPCError {
                #expect(error.code == .failedPrecondition)
                #expect(error.message.contains("module send is not enabled"))
            }
        }
    }
}
