import Configuration

extension TextLayer {
    /// The variables of `environment` whose names start with `PREFIX_`, read through swift-configuration's
    /// `EnvironmentVariablesProvider` with keys prefixed by `prefix`: `limits.maxFrameBytes` is
    /// `CYPHUB_LIMITS_MAX_FRAME_BYTES`, `modules.settings.social-care.caseloadThresholds.cin` is
    /// `CYPHUB_MODULES_SETTINGS_SOCIAL_CARE_CASELOAD_THRESHOLDS_CIN`. Lists are comma-separated; booleans are
    /// `true`/`false`, `yes`/`no` or `1`/`0`.
    package static func environment(prefix: String, variables: [String: String]) -> TextLayer {
        let namePrefix = prefix.uppercased() + "_"
        let ours = variables.filter { $0.key.hasPrefix(namePrefix) }
        let provider = EnvironmentVariablesProvider(environmentVariables: ours).prefixKeys(with: ConfigKey([prefix]))
        return TextLayer(name: "environment", provider: provider, entries: ours, separator: "_") { $0.lowercased() }
    }
}
