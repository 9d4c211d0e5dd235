import CYPHubCore
import CYPHubTesting
import Testing

@testable import CapitalModule

@Suite struct CapitalModuleTests {
    @Test func descriptorNamesTheModule() {
        #expect(CapitalModule().descriptor.id == "capital")
        #expect(CapitalModule().descriptor.protoPackage == "cyphub.capital.v1")
    }

    @Test func registersTheSixMethodsOfTheCapitalService() async throws {
        let listing = try await TestHost.withRunning(modules: [CapitalModule()], mode: .inProcess) { host in
            try await host.caller().unary(Modules.Method.List.self, request: ListModulesRequest())
        }
        let capital = try #require(listing.modules.first { $0.id == "capital" })
        #expect(capital.methods.map(\.name) == Capital.methods.map(\.fullName).sorted())
        #expect(Capital.methods.count == 6)
        #expect(Capital.Method.Import.descriptor.fullName == "cyphub.capital.v1.Capital/Import")
        #expect(capital.methods.first { $0.name.hasSuffix("/Import") }?.inputType == "cyphub.capital.v1.CapitalImportRequest")
        #expect(capital.methods.first { $0.name.hasSuffix("/ImportStream") }?.inputType == "cyphub.capital.v1.CapitalImportChunk")
    }
}
