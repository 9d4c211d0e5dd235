import Foundation

/// Config files for tests, in the temporary directory.
enum ConfigFile {
    /// Writes `text` to a new file and returns its path.
    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-config-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A directory path that does not exist (nothing is created).
    static func absentDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-absent-\(UUID().uuidString)").path
    }

    /// The package's root directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
