import CYPHubCore
import Testing

@testable import CapitalModule

@Suite struct CapitalModuleTests {
    @Test func descriptorNamesTheModule() {
        #expect(CapitalModule().descriptor.id == "capital")
    }
}
