import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubTesting
import Foundation
import SocialCareModule
import Testing
import WorkforceModule

/// One setting per fact: the caseload thresholds are `modules.settings.social-care.caseloadThresholds`, read by the
/// social care module and by the workforce module, so the two cannot report different figures for the same workers.
@Suite struct SharedCaseloadThresholdsTests {
    @Test func socialCareAndWorkforceReportTheSameThresholdForTheSameWorkers() async throws {
        let custom: [String: [String: SettingValue]] = [
            "social-care": ["caseloadThresholds": .object(["cin": .number(15), "sat": .number(12)])]
        ]
        try await TestHost.withRunning(
            modules: [SocialCareModule(), WorkforceModule()], moduleSettings: custom, demoData: true
        ) { host in
            let client = try await host.connect()
            // The demo staff return (30 September) reads the 5 July snapshot; social care is asked for the same one.
            let summary = try await WorkforceClient(caller: client).summary(authority: "E06000016", asAt: "2024-09-30")
            let workforce = try #require(summary.socialCare)
            #expect(workforce.snapshotDate == "2024-07-05")
            let caseloads = try await SocialCareClient(caller: client).caseloads(authority: "E06000016", date: workforce.snapshotDate)

            func cases(_ summaries: [CaseloadSummary], _ team: TeamType) -> CaseloadSummary? {
                summaries.first { $0.teamType == team && $0.basis == .cases }
            }
            for team in [TeamType.cin, .sat, .cla] {
                let fromSocialCare = try #require(cases(caseloads.summaries, team))
                let fromWorkforce = try #require(cases(workforce.caseloads, team))
                #expect(fromWorkforce.threshold == fromSocialCare.threshold, "\(team)")
                #expect(fromWorkforce.workersOverThreshold == fromSocialCare.workersOverThreshold, "\(team)")
                #expect(fromWorkforce.workerCount == fromSocialCare.workerCount, "\(team)")
            }
            #expect(cases(caseloads.summaries, .cin)?.threshold == 15)
            #expect(cases(caseloads.summaries, .sat)?.threshold == 12)
            // Unset measures keep the default, in both.
            #expect(cases(workforce.caseloads, .cla)?.threshold == 20)
            // The demo's synthetic July records: 19 CIN workers over 15, where 12 are over the default 20.
            #expect(cases(workforce.caseloads, .cin)?.workersOverThreshold == 19)
        }
    }

    @Test func workforceReadsSocialCaresSettingEvenWithSocialCareDisabled() async throws {
        let file = try ConfigFile.write(
            #"""
            {"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": ["workforce"],
             "settings": {"social-care": {"caseloadThresholds": {"cim": 15}}}}}
            """#)
        let configuration = try await ConfigLoader.load(path: file)
        #expect {
            _ = try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        } throws: { error in
            (error as? ConfigError)?.key == "modules.settings.social-care.caseloadThresholds.cim"
        }
    }

    @Test func theFormerWorkforceSettingSaysWhereTheSettingNowLives() async throws {
        let file = try ConfigFile.write(
            #"""
            {"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": ["social-care", "workforce"],
             "settings": {"workforce": {"caseloadThresholds": {"cin": 15}}}}}
            """#)
        for sources in [
            ConfigSources(file: file),
            ConfigSources(
                file: try ConfigFile.write(
                    #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": ["social-care", "workforce"]}}"#),
                environment: ["CYPHUB_MODULES_SETTINGS_WORKFORCE_CASELOAD_THRESHOLDS_CIN": "15"]),
        ] {
            let configuration = try await ConfigLoader.load(sources)
            let error = try #require(throws: ConfigError.self) {
                try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
            }
            #expect(error.key == "modules.settings.workforce.caseloadThresholds")
            #expect(error.reason.hasPrefix("this setting has moved"))
            #expect(error.reason.contains("set modules.settings.social-care.caseloadThresholds instead"))
        }
    }
}
