import Configuration

extension TextLayer {
    /// Flags read through swift-configuration's `CommandLineArgumentsProvider`: `--listen HOST:PORT`,
    /// `--limits-max-frame-bytes 1048576`, `--modules-enabled social-care,send` (a key's components joined with `-`,
    /// camel case as dashes). `aliases` give a key a shorter flag (`dataDirectory` → `data-dir` for `--data-dir`).
    /// A word that follows no flag is kept, so that it is reported rather than ignored.
    package static func commandLine(arguments: [String], aliases: [[String]: [String]] = [:]) -> TextLayer {
        let provider = CommandLineArgumentsProvider(arguments: ["cyphub"] + arguments).mapKeys { key in
            aliases[key.components].map { AbsoluteConfigKey($0, context: key.context) } ?? key
        }
        return TextLayer(name: "command line", provider: provider, entries: flags(arguments), separator: "-") { $0 }
    }

    /// Each flag with its values joined by commas, as `CommandLineArgumentsProvider` groups them.
    static func flags(_ arguments: [String]) -> [String: String] {
        var flags: [String: [String]] = [:]
        var current: String?
        for argument in arguments {
            if argument.hasPrefix("--") {
                if let equals = argument.firstIndex(of: "=") {
                    flags[String(argument[..<equals]), default: []].append(String(argument[argument.index(after: equals)...]))
                    current = nil
                } else {
                    flags[argument, default: []] += []
                    current = argument
                }
            } else if let current {
                flags[current, default: []].append(argument)
            } else {
                flags[argument, default: []] += []
            }
        }
        return flags.mapValues { $0.joined(separator: ",") }
    }
}
