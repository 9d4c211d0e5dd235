import ArgumentParser
import Foundation

/// Reads a CSV file for an import command: its text and the name the host reports issues under.
public enum CSVFile {
    /// The file's text and name; a `ValidationError` naming the path when it cannot be read.
    public static func read(_ path: String) throws -> (text: String, fileName: String) {
        do {
            return (try String(contentsOfFile: path, encoding: .utf8), URL(fileURLWithPath: path).lastPathComponent)
        } catch {
            throw ValidationError("cannot read \(path) as UTF-8 text: \(error.localizedDescription)")
        }
    }
}
