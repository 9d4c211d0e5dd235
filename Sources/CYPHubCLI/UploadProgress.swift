import CYPHubCore
import Foundation
import Synchronization

/// A one-line progress display for a streamed upload on standard error — bytes sent of the file's size, lines, rate —
/// redrawn at most five times a second, and only when standard error is a terminal (a script's log stays clean).
public final class UploadProgress: Sendable {
    private struct State {
        var lastDraw: ContinuousClock.Instant?
        var drawn = false
    }

    private let fileName: String
    private let totalBytes: Int
    private let started = ContinuousClock.now
    private let enabled: Bool
    private let state = Mutex(State())

    /// A display for `fileName` of `totalBytes`; `enabled` (nil: whether standard error is a terminal).
    public init(fileName: String, totalBytes: Int, enabled: Bool? = nil) {
        self.fileName = fileName
        self.totalBytes = totalBytes
        self.enabled = enabled ?? (isatty(STDERR_FILENO) == 1)
    }

    /// Notes progress: `bytes` of the file and `lines` sent so far.
    public func update(bytes: Int, lines: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let due = state.withLock { state -> Bool in
            if let last = state.lastDraw, now - last < .milliseconds(200) { return false }
            state.lastDraw = now
            state.drawn = true
            return true
        }
        if due { draw(Self.line(fileName: fileName, bytes: bytes, of: totalBytes, lines: lines, elapsed: now - started)) }
    }

    /// Clears the line, before the result is printed.
    public func finish() {
        guard enabled, state.withLock({ $0.drawn }) else { return }
        draw("")
    }

    private func draw(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    /// `Sending workers.csv: 12.6 MB of 104.9 MB (12%), 250,000 lines, 8.4 MB/s`.
    static func line(fileName: String, bytes: Int, of total: Int, lines: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(bytes) / seconds : 0
        let percent = total > 0 ? Int((Double(bytes) / Double(total) * 100).rounded(.down)) : 100
        return "Sending \(fileName): \(megabytes(bytes)) of \(megabytes(total)) (\(percent)%), "
            + "\(FigureFormat.number(Double(lines))) lines, \(megabytes(Int(rate)))/s"
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
