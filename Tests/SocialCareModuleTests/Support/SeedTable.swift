@testable import SocialCareModule

/// Seed 000 (Leicester City, "Workload and Resources", 29 Oct 2024), section 4.1, as test expectations.
enum SeedTable {
    /// One printed row: key, number, change, % change, exactly as the seed prints them.
    struct Row: Sendable, CustomStringConvertible {
        var key: String
        var value: String
        var change: String
        var percentChange: String
        var description: String { key }
    }

    /// The 51 rows of the table, in the seed's order. Each row's earlier value is value − change; the
    /// % change is checked against change / earlier (see the working in `SnapshotTableTests`).
    static let rows: [Row] = [
        Row(key: "population", value: "379,780", change: "6,381", percentChange: "1.7%"),
        Row(key: "children_aged_0_to_17", value: "88,726", change: "891", percentChange: "1.0%"),
        Row(key: "ehcps_aged_0_to_25", value: "4,405", change: "127", percentChange: "3.0%"),
        Row(key: "child_protection_plans", value: "415", change: "12", percentChange: "3.0%"),
        Row(key: "child_protection_rate", value: "47", change: "1", percentChange: "1.9%"),
        Row(key: "children_looked_after", value: "602", change: "-21", percentChange: "-3.4%"),
        Row(key: "children_looked_after_rate", value: "68", change: "-3", percentChange: "-4.3%"),
        Row(key: "children_in_need", value: "2,009", change: "-137", percentChange: "-6.4%"),
        Row(key: "children_in_need_rate", value: "226", change: "-18", percentChange: "-7.3%"),
        Row(key: "highest_team_caseload.cin", value: "133", change: "-6", percentChange: "-4.3%"),
        Row(key: "highest_caseload.cin", value: "31", change: "3", percentChange: "10.7%"),
        Row(key: "lowest_caseload.cin", value: "5", change: "-1", percentChange: "-16.7%"),
        Row(key: "workers_over_threshold.cin", value: "15", change: "3", percentChange: "25.0%"),
        Row(key: "highest_caseload.sat", value: "29", change: "-2", percentChange: "-6.5%"),
        Row(key: "lowest_caseload.sat", value: "3", change: "-6", percentChange: "-66.7%"),
        Row(key: "workers_over_threshold.sat", value: "6", change: "-4", percentChange: "-40.0%"),
        Row(key: "highest_caseload.cla", value: "24", change: "-2", percentChange: "-7.7%"),
        Row(key: "lowest_caseload.cla", value: "3", change: "-10", percentChange: "-76.9%"),
        Row(key: "workers_over_threshold.cla", value: "10", change: "0", percentChange: "0.0%"),
        Row(key: "highest_caseload.leaving_care_case_worker", value: "23", change: "-1", percentChange: "-4.2%"),
        Row(key: "lowest_caseload.leaving_care_case_worker", value: "6", change: "-6", percentChange: "-50.0%"),
        Row(key: "workers_over_threshold.leaving_care_case_worker", value: "7", change: "2", percentChange: "40.0%"),
        Row(key: "highest_caseload.leaving_care_advisor", value: "21", change: "2", percentChange: "10.5%"),
        Row(key: "lowest_caseload.leaving_care_advisor", value: "1", change: "0", percentChange: "0.0%"),
        Row(key: "workers_over_threshold.leaving_care_advisor", value: "1", change: "1", percentChange: "-"),
        Row(key: "highest_caseload.independent_chair", value: "123", change: "-10", percentChange: "-7.5%"),
        Row(key: "lowest_caseload.independent_chair", value: "1", change: "-2", percentChange: "-66.7%"),
        Row(key: "workers_over_threshold.independent_chair", value: "5", change: "0", percentChange: "0.0%"),
        Row(key: "highest_caseload.iro", value: "81", change: "-3", percentChange: "-3.6%"),
        Row(key: "lowest_caseload.iro", value: "30", change: "29", percentChange: "2900.0%"),
        Row(key: "workers_over_threshold.iro", value: "9", change: "1", percentChange: "12.5%"),
        Row(key: "highest_caseload.kinship", value: "8", change: "-1", percentChange: "-11.1%"),
        Row(key: "lowest_caseload.kinship", value: "1", change: "-1", percentChange: "-50.0%"),
        Row(key: "workers_over_threshold.kinship", value: "0", change: "0", percentChange: "-"),
        Row(key: "supervision_compliance.csc", value: "79.7%", change: "5.3%", percentChange: "7.2%"),
        Row(key: "supervision_compliance.early_help", value: "84.1%", change: "9.7%", percentChange: "13.1%"),
        Row(key: "early_help_assessments_opened_in_week", value: "13", change: "-19", percentChange: "-59.4%"),
        Row(key: "early_help_cases_open.families", value: "322", change: "-28", percentChange: "-8.0%"),
        Row(key: "early_help_cases_open.individuals", value: "1,167", change: "-75", percentChange: "-6.0%"),
        Row(key: "highest_caseload.early_help_cluster", value: "46", change: "-5", percentChange: "-9.8%"),
        Row(key: "lowest_caseload.early_help_cluster", value: "2", change: "1", percentChange: "100.0%"),
        Row(key: "workers_over_threshold.early_help_cluster", value: "22", change: "-6", percentChange: "-21.4%"),
        Row(
            key: "workers_over_threshold.early_help_cluster.families", value: "10", change: "-2",
            percentChange: "-16.7%"),
        Row(key: "highest_caseload.targeted_youth_support", value: "6", change: "-1", percentChange: "-14.3%"),
        Row(key: "lowest_caseload.targeted_youth_support", value: "2", change: "1", percentChange: "100.0%"),
        Row(key: "workers_over_threshold.targeted_youth_support", value: "0", change: "0", percentChange: "-"),
        Row(key: "lado_cases_open", value: "65", change: "-21", percentChange: "-24.4%"),
        Row(key: "highest_caseload.lado", value: "31", change: "1", percentChange: "3.3%"),
        Row(key: "lowest_caseload.lado", value: "18", change: "-11", percentChange: "-37.9%"),
        Row(key: "workers_over_threshold.lado", value: "1", change: "-1", percentChange: "-50.0%"),
        Row(key: "cass_open", value: "104", change: "4", percentChange: "4.0%"),
    ]

    /// The October 2024 demand counts, as the seed prints them.
    static let octoberDemand = DemandFigures(
        population: 379_780, childrenAged0To17: 88_726, ehcpsAged0To25: 4_405, childProtectionPlans: 415,
        childrenLookedAfter: 602, childrenInNeed: 2_009, earlyHelpAssessmentsOpenedInWeek: 13, ladoCasesOpen: 65,
        cassInCareSection20: 67, cassCareLeavers: 37
    )

    /// July 2024: October minus the seed's change column (CASS split 64 / 36 is invented; total 100).
    static let julyDemand = DemandFigures(
        population: 373_399, childrenAged0To17: 87_835, ehcpsAged0To25: 4_278, childProtectionPlans: 403,
        childrenLookedAfter: 623, childrenInNeed: 2_146, earlyHelpAssessmentsOpenedInWeek: 32, ladoCasesOpen: 86,
        cassInCareSection20: 64, cassCareLeavers: 36
    )

    /// October with the demo's synthetic worker records and supervision counts.
    static var octoberFigures: SnapshotFigures {
        figures(demand: octoberDemand, date: "2024-10-04", csc: (202, 161), earlyHelp: (151, 127))
    }

    /// July with the demo's synthetic worker records and supervision counts.
    static var julyFigures: SnapshotFigures {
        figures(demand: julyDemand, date: "2024-07-05", csc: (199, 148), earlyHelp: (121, 90))
    }

    private static func figures(
        demand: DemandFigures,
        date: String,
        csc: (due: Int, inTimescale: Int),
        earlyHelp: (due: Int, inTimescale: Int)
    ) -> SnapshotFigures {
        SnapshotFigures(
            demand: demand,
            caseloads: CaseloadAnalysis.compute(records: demoWorkers(on: date)),
            supervision: [
                SupervisionCompliance(area: .csc, supervisionsDue: csc.due, supervisionsInTimescale: csc.inTimescale),
                SupervisionCompliance(
                    area: .earlyHelp, supervisionsDue: earlyHelp.due, supervisionsInTimescale: earlyHelp.inTimescale
                ),
            ]
        )
    }

    /// The demo's worker records for one date, read with a plain split (the importer is tested apart).
    static func demoWorkers(on date: String) -> [WorkerCaseload] {
        SocialCareDemoData.workerCaseloadsCSV.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7, fields[1] == date, let teamType = TeamType(rawValue: fields[4]),
                let cases = Int(fields[5])
            else { return nil }
            return WorkerCaseload(
                workerId: fields[2], teamId: fields[3], teamType: teamType, cases: cases, familyCount: Int(fields[6])
            )
        }
    }
}
