import CYPHubCore
import CYPHubTesting
import SocialCareModule

@testable import WorkforceModule

/// Runs `body` against a host with the workforce module, in process: every call goes through the real protobuf-c
/// codec and the host's dispatch table.
///
/// - `demoData`: each module's demo data is loaded (the workforce demo files, and with `socialCare` the social care
///   module's seed 000 snapshots with their synthetic worker records and supervision counts).
/// - `socialCare`: the social care module is enabled too, so the summary can read its records.
/// - `settings`: the workforce module's settings (`modules.settings.workforce`); `socialCareSettings`, the social care
///   module's (`modules.settings.social-care`, whose `caseloadThresholds` the workforce summary uses too).
func withWorkforce<T: Sendable>(
    demoData: Bool = false,
    socialCare: Bool = false,
    settings: [String: SettingValue] = [:],
    socialCareSettings: [String: SettingValue] = [:],
    _ body: (WorkforceClient) async throws -> T
) async throws -> T {
    let modules: [any DomainModule] = socialCare ? [SocialCareModule(), WorkforceModule()] : [WorkforceModule()]
    return try await TestHost.withRunning(
        modules: modules,
        moduleSettings: socialCareSettings.isEmpty
            ? ["workforce": settings] : ["workforce": settings, "social-care": socialCareSettings],
        demoData: demoData, mode: .inProcess
    ) { host in
        try await body(WorkforceClient(caller: try await host.caller()))
    }
}
