import Testing

@testable import SocialCareModule

@Suite("SupervisionCompliance")
struct SupervisionComplianceTests {
    @Test("compliance is in timescale / due × 100, unrounded")
    func percent() {
        // 161 / 202 = 0.797029... → 79.703%, published 79.7%.
        let csc = SupervisionCompliance(area: .csc, supervisionsDue: 202, supervisionsInTimescale: 161)
        #expect(csc.hasPercentCompliant)
        #expect(abs(csc.percentCompliant - 79.70297) < 0.00001)
        #expect(FigureText.percent(csc.percentCompliant) == "79.7%")
        // 127 / 151 = 84.106%, published 84.1%.
        let earlyHelp = SupervisionCompliance(area: .earlyHelp, supervisionsDue: 151, supervisionsInTimescale: 127)
        #expect(FigureText.percent(earlyHelp.percentCompliant) == "84.1%")
    }

    @Test("nothing due: compliance undefined, not 0% or 100%")
    func nothingDue() {
        let compliance = SupervisionCompliance(area: .csc, supervisionsDue: 0, supervisionsInTimescale: 0)
        #expect(!compliance.hasPercentCompliant)
        #expect(compliance.percentage == nil)
    }
}
