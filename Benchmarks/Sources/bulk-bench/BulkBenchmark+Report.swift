import CYPHubCore
import Foundation

/// What `bulk-bench` prints: a progress line per phase as it ends (standard error), then one table of the phases, the
/// snapshot's sizes, and the compression side by side.
extension BulkBenchmark {
    func printPhase(_ phase: Phase) {
        var line =
            "\(phase.name): \(FigureFormat.number(phase.seconds, places: 3)) s, host peak +\(Self.mebibytes(phase.hostGrowthBytes)) MiB"
        if trace {
            line +=
                "\n  host RSS MiB (anonymous/file/shared) by second: "
                + phase.rssTrace.map {
                    "\(Int($0[0]))s \(Self.mebibytes(Int($0[1]))) (\($0[2...].map { Self.mebibytes(Int($0)) }.joined(separator: "/")))"
                }
                .joined(separator: ", ")
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func printReport(_ report: Report) {
        let phases = (report.importPhase.map { [$0] } ?? []) + (report.snapshot?.phases ?? [])
        let columns = [
            ("Phase", 24), ("Rows", 11), ("MB", 7), ("Seconds", 8), ("Rows/s", 10), ("MB/s", 7), ("Host CPU s", 10),
            ("Client CPU s", 12), ("Idle MiB", 8), ("Start MiB", 9), ("Peak MiB", 8), ("Growth MiB", 10), ("< 64 MiB", 8), ("In phase", 8),
        ]
        print(
            "\nHost RSS: idle after start, at the phase's start (peak reset there), peak during it; growth = peak − idle; "
                + "in phase = peak − start")
        Self.printHeader(columns)
        for phase in phases {
            Self.printLine(
                [
                    phase.name, FigureFormat.number(Double(phase.rows)), FigureFormat.number(Double(phase.bytes) / 1e6, places: 1),
                    FigureFormat.number(phase.seconds, places: 3), FigureFormat.number(phase.rowsPerSecond),
                    FigureFormat.number(phase.megabytesPerSecond, places: 1), FigureFormat.number(phase.hostCPUSeconds, places: 2),
                    FigureFormat.number(phase.clientCPUSeconds, places: 2), Self.mebibytes(phase.hostIdleBytes),
                    Self.mebibytes(phase.hostStartBytes), Self.mebibytes(phase.hostPeakBytes), Self.mebibytes(phase.hostGrowthBytes),
                    phase.hostGrowthBytes < Self.goalBytes ? "yes" : "NO", "+" + Self.mebibytes(phase.hostPeakBytes - phase.hostStartBytes),
                ], columns)
        }
        if phases.contains(where: { !$0.peakReset }) {
            print("(/proc/PID/clear_refs did not reset the peak for some phases: their peak is the host's since it started)")
        }
        guard let snapshot = report.snapshot else { return }
        print(
            "\nSnapshot: \(FigureFormat.number(Double(snapshot.rows))) rows in \(snapshot.chunks) chunks, "
                + "\(FigureFormat.number(Double(snapshot.uncompressedBytes))) bytes uncompressed, "
                + "\(FigureFormat.number(Double(snapshot.compressedBytes))) compressed (ratio \(FigureFormat.number(snapshot.ratio, places: 2)):1)"
        )
        for phase in snapshot.phases {
            guard let each = phase.pullerMegabytesPerSecond, !each.isEmpty else { continue }
            let cores = ProcessInfo.processInfo.activeProcessorCount
            print(
                "\(phase.name): \(FigureFormat.number(phase.megabytesPerSecond, places: 1)) MB/s in all; per puller "
                    + "min \(FigureFormat.number(each.min() ?? 0, places: 1)), median \(FigureFormat.number(each.median, places: 1)), "
                    + "max \(FigureFormat.number(each.max() ?? 0, places: 1)) MB/s; CPU over \(cores) cores: host "
                    + "\(FigureFormat.percent(100 * phase.hostCPUSeconds / phase.seconds)) of a core, client "
                    + FigureFormat.percent(100 * phase.clientCPUSeconds / phase.seconds) + " of a core")
        }
        let zlib = snapshot.zlib
        let zlibColumns = [("Compression step", 24), ("Seconds", 8), ("MB/s", 7), ("Compressed bytes", 16)]
        print(
            "\nThe snapshot's \(zlib.chunks) chunks (\(FigureFormat.number(Double(zlib.uncompressedBytes) / 1e6, places: 1)) MB) "
                + "compressed at level \(zlib.level), median of \(zlib.rounds) alternating rounds")
        Self.printHeader(zlibColumns)
        for (name, seconds, bytes) in [
            ("host (ZlibCodec)", zlib.hostCodecSeconds, zlib.hostCodecCompressedBytes),
            ("plain zlib deflate", zlib.plainZlibSeconds, zlib.plainZlibCompressedBytes),
            ("plain zlib compress2", zlib.compress2Seconds, zlib.compress2CompressedBytes),
        ] {
            Self.printLine(
                [
                    name, FigureFormat.number(seconds, places: 3),
                    FigureFormat.number(Double(zlib.uncompressedBytes) / 1e6 / seconds, places: 1),
                    FigureFormat.number(Double(bytes)),
                ], zlibColumns)
        }
        func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + FigureFormat.percent(value) }
        print(
            "host vs plain deflate: \(signed(zlib.differencePercent)) time (goal: within 10%: "
                + "\(abs(zlib.differencePercent) <= 10 ? "yes" : "NO")); vs compress2: \(signed(zlib.compress2DifferencePercent))")
    }

    static func mebibytes(_ bytes: Int) -> String { FigureFormat.number(Double(bytes) / Double(1 << 20), places: 1) }

    private static func printHeader(_ columns: [(String, Int)]) {
        print("")
        printLine(columns.map(\.0), columns)
        print(columns.map { String(repeating: "─", count: $0.1) }.joined(separator: "  "))
    }

    /// `cells` in `columns`' widths: the first left-aligned, the rest right-aligned.
    private static func printLine(_ cells: [String], _ columns: [(String, Int)]) {
        print(
            zip(cells, columns).enumerated().map { index, pair in
                let padding = String(repeating: " ", count: max(0, pair.1.1 - pair.0.count))
                return index == 0 ? pair.0 + padding : padding + pair.0
            }
            .joined(separator: "  "))
    }
}
