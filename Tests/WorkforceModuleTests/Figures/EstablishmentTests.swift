import Testing

@testable import WorkforceModule

/// Seed 000, 4.3: Leicester's directly employed establishment by division and service (headcount only).
let leicesterEstablishmentLines: [EstablishmentLine] = {
    let social = "Childrens Social Work & Early Help"
    let send = "SEND and Education"
    return [
        EstablishmentLine(division: social, service: "Divisional Director", headcount: 1),
        EstablishmentLine(division: social, service: "Child Safeguarding & QA", headcount: 37),
        EstablishmentLine(division: social, service: "Childrens Social Care Learning & Development", headcount: 6),
        EstablishmentLine(division: social, service: "Childrens Social Work Teams", headcount: 149),
        EstablishmentLine(division: social, service: "Corporate Parenting", headcount: 250),
        EstablishmentLine(division: social, service: "Early Help", headcount: 86),
        EstablishmentLine(division: social, service: "Early Help - Targeted Services", headcount: 112),
        EstablishmentLine(division: send, service: "Divisional Director", headcount: 1),
        EstablishmentLine(division: send, service: "Childrens (Commissioning)", headcount: 8),
        EstablishmentLine(division: send, service: "Education", headcount: 148),
        EstablishmentLine(division: send, service: "Passenger & Transport Services", headcount: 163),
        EstablishmentLine(division: send, service: "Programme Support", headcount: 111),
        EstablishmentLine(division: send, service: "SEND Integrated Service", headcount: 75),
        EstablishmentLine(division: send, service: "SEND Support Service", headcount: 117),
    ]
}()

@Suite("Establishment")
struct EstablishmentTests {
    @Test("Division totals reproduce seed 000's 641 and 623")
    func divisionTotals() throws {
        let establishment = Establishment(lines: leicesterEstablishmentLines)
        try #require(establishment.divisions.count == 2)
        // 1 + 37 + 6 + 149 + 250 + 86 + 112 = 641 (seed 000, 4.3, first "Total" row)
        #expect(establishment.divisions[0].name == "Childrens Social Work & Early Help")
        #expect(establishment.divisions[0].headcount == 641)
        #expect(establishment.divisions[0].services.count == 7)
        // 1 + 8 + 148 + 163 + 111 + 75 + 117 = 623 (seed 000, 4.3, second "Total" row)
        #expect(establishment.divisions[1].name == "SEND and Education")
        #expect(establishment.divisions[1].headcount == 623)
        #expect(establishment.divisions[1].services.count == 7)
    }

    @Test("Grand total is the sum of the division totals")
    func grandTotal() {
        let establishment = Establishment(lines: leicesterEstablishmentLines)
        // 641 + 623 = 1,264
        #expect(establishment.headcount == 1_264)
        #expect(establishment.serviceCount == 14)
    }

    @Test("Headcount-only establishment has no FTE total")
    func noFTE() {
        let establishment = Establishment(lines: leicesterEstablishmentLines)
        #expect(establishment.fte.hasAny == false)
        #expect(establishment.fte.isComplete == false)
        #expect(establishment.fte.linesWithoutFTE == 14)
        #expect(establishment.fte.known == 0)
    }

    @Test("FTE totals are partial when only some lines give FTE")
    func partialFTE() throws {
        let lines = [
            EstablishmentLine(division: "A", service: "One", headcount: 10, fte: 8.5),
            EstablishmentLine(division: "B", service: "Three", headcount: 4, fte: 4),
            EstablishmentLine(division: "A", service: "Two", headcount: 5),
        ]
        let establishment = Establishment(lines: lines)
        try #require(establishment.divisions.count == 2)
        // Division order follows first appearance: A, then B; A keeps One before Two.
        #expect(establishment.divisions.map(\.name) == ["A", "B"])
        #expect(establishment.divisions[0].services.map(\.service) == ["One", "Two"])
        // A: headcount 10 + 5 = 15; FTE known 8.5 from one line, one line without.
        #expect(establishment.divisions[0].headcount == 15)
        #expect(establishment.divisions[0].fte == FTETotal(known: 8.5, linesWithFTE: 1, linesWithoutFTE: 1))
        #expect(establishment.divisions[0].fte.isComplete == false)
        // B: complete, 4.0 FTE.
        #expect(establishment.divisions[1].fte.isComplete)
        #expect(establishment.divisions[1].fte.known == 4)
        // Grand: headcount 19, known FTE 8.5 + 4 = 12.5, partial.
        #expect(establishment.headcount == 19)
        #expect(establishment.fte == FTETotal(known: 12.5, linesWithFTE: 2, linesWithoutFTE: 1))
    }

    @Test("An empty establishment has zero totals")
    func empty() {
        let establishment = Establishment(lines: [])
        #expect(establishment.divisions.isEmpty)
        #expect(establishment.headcount == 0)
        #expect(establishment.fte.isComplete == false)
    }
}
