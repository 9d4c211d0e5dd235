import ArgumentParser
import Foundation

/// Reads a CSV file for an import command: its text and the name the host reports issues under.
enum CSVFile {
    static func read(_ path: String) throws -> (text: String, fileName: String) {
        do {
            return (try String(contentsOfFile: path, encoding: .utf8), URL(fileURLWithPath: path).lastPathComponent)
        } catch {
            throw ValidationError("cannot read \(path) as UTF-8 text: \(error.localizedDescription)")
        }
    }
}
