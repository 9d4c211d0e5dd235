import CYPHubCore
import Testing

@testable import CapitalModule

@Suite struct CapitalModuleTests {
    @Test func descriptorNamesTheModule() {
        #expect(CapitalModule().descriptor.id == "capital")
        #expect(CapitalModule().descriptor.protoPackage == "cyphub.capital.v1")
    }

    @Test func registersTheFiveMethodsOfTheCapitalService() throws {
        let caller = try InProcessCaller.forModule(CapitalModule(), storage: .inMemory())
        let methods = [
            CapitalModule.getProgramme, CapitalModule.listVersions, CapitalModule.compareVersions, CapitalModule.calculateS106,
            CapitalModule.importData,
        ]
        #expect(methods.map(\.fullName).allSatisfy { caller.router[$0] != nil })
        #expect(CapitalModule.importData.fullName == "cyphub.capital.v1.Capital/Import")
    }
}
