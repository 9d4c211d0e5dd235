import Testing

@testable import SocialCareModule

@Suite("SnapshotTable")
struct SnapshotTableTests {
    /// Every row of seed 000's table, worked by hand (earlier = value − change):
    /// population 373,399: 6,381 / 373,399 = 1.709% → 1.7%; children 87,835: 891 / 87,835 = 1.014%;
    /// EHCPs 4,278: 127 / 4,278 = 2.969% → 3.0%; CP plans 403: 12 / 403 = 2.978% → 3.0%;
    /// CP rate 415 / 88,726 × 1e4 = 46.773 vs 403 / 87,835 × 1e4 = 45.881: +0.892 → 1, 1.94% → 1.9%;
    /// CLA 623: −21 / 623 = −3.371% → −3.4%; CLA rate 67.849 vs 70.928: −3.079 → −3, −4.341% → −4.3%;
    /// CIN 2,146: −137 / 2,146 = −6.384%; CIN rate 226.427 vs 244.322: −17.894 → −18, −7.324% → −7.3%;
    /// team CIN 139: −6 / 139 = −4.317%; CIN 28 → 31 = 10.71%; 6 → 5 = −16.67%; 12 → 15 = 25.0%;
    /// SAT 31 → 29 = −6.45%; 9 → 3 = −66.67%; 10 → 6 = −40.0%; CLA 26 → 24 = −7.69%; 13 → 3 = −76.92%;
    /// 10 → 10 = 0.0%; LC worker 24 → 23 = −4.17%; 12 → 6 = −50.0%; 5 → 7 = 40.0%;
    /// LC advisor 19 → 21 = 10.53%; 1 → 1 = 0.0%; 0 → 1: undefined "-"; Chair 133 → 123 = −7.52%;
    /// 3 → 1 = −66.67%; 5 → 5 = 0.0%; IRO 84 → 81 = −3.57%; 1 → 30 = 2900.0%; 8 → 9 = 12.5%;
    /// Kinship 9 → 8 = −11.11%; 2 → 1 = −50.0%; 0 → 0: "-";
    /// CSC supervision 161/202 = 79.703% vs 148/199 = 74.372%: +5.331 → 5.3, 7.168% → 7.2%
    /// (the seed's rounded 5.3 / 74.4 would give 7.1%: it computed from unrounded values, as we do);
    /// EH supervision 127/151 = 84.106% vs 90/121 = 74.380%: +9.726 → 9.7, 13.076% → 13.1%;
    /// EH assessments 32 → 13 = −59.375% → −59.4%; EH families 350 → 322 = −8.0%;
    /// individuals 1,242 → 1,167 = −6.04%; EH highest 51 → 46 = −9.80%; lowest 1 → 2 = 100.0%;
    /// over 25: 28 → 22 = −21.43%; over 8 families 12 → 10 = −16.67%; TYS 7 → 6 = −14.29%;
    /// 1 → 2 = 100.0%; 0 → 0 "-"; LADO open 86 → 65 = −24.42%; LADO 30 → 31 = 3.33%; 29 → 18 = −37.93%;
    /// 2 → 1 = −50.0%; CASS 100 → 104 = 4.0%.
    @Test("reproduces every row of seed 000's table", arguments: SeedTable.rows)
    func seedRow(expected: SeedTable.Row) throws {
        let rows = SnapshotTable.rows(current: SeedTable.octoberFigures, earlier: SeedTable.julyFigures)
        let row = try #require(rows.first { $0.key == expected.key })
        #expect(row.valueDisplay == expected.value)
        #expect(row.comparison == .compared)
        #expect(row.changeDisplay == expected.change)
        #expect(row.percentChangeDisplay == expected.percentChange)
        #expect(row.hasPercentChange == (expected.percentChange != "-"))
    }

    @Test("the table has the seed's 51 rows in the seed's order")
    func order() {
        let rows = SnapshotTable.rows(current: SeedTable.octoberFigures, earlier: SeedTable.julyFigures)
        #expect(rows.map(\.key) == SeedTable.rows.map(\.key))
        #expect(SnapshotTable.keys.count == 51)
        #expect(Set(rows.map(\.key)).count == 51)
    }

    @Test("rates expose the exact value and the published rounding")
    func exactAndPublished() throws {
        let rows = SnapshotTable.rows(current: SeedTable.octoberFigures, earlier: SeedTable.julyFigures)
        let cp = try #require(rows.first { $0.key == "child_protection_rate" })
        // 415 / 88,726 × 1e4 = 46.7732…; published 47.
        #expect(abs(cp.value - 46.77321) < 0.00001)
        #expect(cp.publishedValue == 47)
        // 403 / 87,835 × 1e4 = 45.8815…; change 0.8917…, published 1; % change 1.9436%, published 1.9.
        #expect(abs(cp.earlierValue - 45.88148) < 0.00001)
        #expect(abs(cp.change - 0.89173) < 0.00001)
        #expect(cp.publishedChange == 1)
        #expect(abs(cp.percentChange - 1.94355) < 0.00001)
        #expect(cp.publishedPercentChange == 1.9)
        #expect(cp.unit == .ratePer10000)
        let cla = try #require(rows.first { $0.key == "children_looked_after_rate" })
        #expect(cla.publishedValue == 68)
        #expect(cla.publishedChange == -3)  // 67.849 − 70.928 = −3.079
        let cin = try #require(rows.first { $0.key == "children_in_need_rate" })
        #expect(cin.publishedValue == 226)
        #expect(cin.publishedChange == -18)  // 226.427 − 244.322 = −17.894
    }

    @Test("labels follow the seed, with the thresholds in force")
    func labels() throws {
        var thresholds = CaseloadThresholds.defaults
        thresholds.overrides[CaseloadMeasure(.cin)] = 18
        let rows = SnapshotTable.rows(current: SeedTable.octoberFigures, earlier: nil, thresholds: thresholds)
        let label = { (key: String) in rows.first { $0.key == key }?.label }
        #expect(label("workers_over_threshold.cin") == "Workers with caseload over 18 (CIN)")
        #expect(label("workers_over_threshold.sat") == "Workers with caseload over 20 (SAT)")
        #expect(
            label("highest_caseload.leaving_care_case_worker")
                == "Highest caseload (Leaving Care Team) - Allocated Case Worker"
        )
        #expect(
            label("workers_over_threshold.early_help_cluster")
                == "Workers with caseload EH over 25 (clusters) by Individuals")
        #expect(
            label("workers_over_threshold.early_help_cluster.families")
                == "Workers with caseload EH over 8 (clusters) by Families"
        )
        #expect(label("child_protection_rate") == "Child Protection rate (per 10,000)")
        let cass = try #require(rows.last)
        #expect(cass.note == "CASS in Care (S20): 67, Care Leavers (former CASS): 37")
    }

    @Test("no earlier snapshot: every row is marked and shows no change")
    func noEarlierSnapshot() {
        let rows = SnapshotTable.rows(current: SeedTable.octoberFigures, earlier: nil)
        #expect(rows.allSatisfy { $0.comparison == .noEarlierSnapshot })
        #expect(rows.allSatisfy { $0.changeDisplay == "n/a" && $0.percentChangeDisplay == "n/a" })
        #expect(rows.allSatisfy { !$0.hasPercentChange })
        // The values are still there.
        #expect(rows.first?.valueDisplay == "379,780")
    }

    @Test("a figure missing on either date is not available, not zero")
    func missingFigures() throws {
        var earlier = SeedTable.julyFigures
        earlier.caseloads.removeAll { $0.teamType == .lado }
        earlier.supervision = []
        let rows = SnapshotTable.rows(current: SeedTable.octoberFigures, earlier: earlier)
        let lado = try #require(rows.first { $0.key == "highest_caseload.lado" })
        #expect(lado.comparison == .notAvailable)
        #expect(lado.valueDisplay == "31")
        #expect(lado.changeDisplay == "n/a")
        let csc = try #require(rows.first { $0.key == "supervision_compliance.csc" })
        #expect(csc.comparison == .notAvailable)

        let noWorkers = SnapshotFigures(demand: SeedTable.octoberDemand)
        let bare = SnapshotTable.rows(current: noWorkers, earlier: SeedTable.julyFigures)
        let cin = try #require(bare.first { $0.key == "highest_caseload.cin" })
        #expect(!cin.hasValue)
        #expect(cin.valueDisplay == "n/a")
        #expect(cin.comparison == .notAvailable)
        // Demand rows still compare.
        #expect(bare.first?.comparison == .compared)
    }
}
