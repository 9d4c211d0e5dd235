import CYPHubCore
import Testing

@testable import SufficiencyModule

@Suite struct SufficiencyModuleTests {
    @Test func descriptorNamesTheModule() {
        #expect(SufficiencyModule().descriptor.id == "sufficiency")
    }
}
