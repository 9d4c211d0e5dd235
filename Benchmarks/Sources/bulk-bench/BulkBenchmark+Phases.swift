import ArgumentParser
import CYPHubClient
import CYPHubCore
import Foundation
import SocialCareModule
import Synchronization

/// The phases: each against a host started for it, its idle RSS read once it has answered a first call.
extension BulkBenchmark {
    /// Streams a worker-level file of about `megabytes` MB into a fresh host with `SocialCareClient.importFile`.
    func importPhase(_ executable: String, _ environment: [String: String], megabytes: Int) async throws -> Phase {
        let file = try WorkerFile.write(rows: nil, bytes: megabytes * 1_000_000)
        defer { file.remove() }
        let host = try await HostChild.start(executable: executable, environment: environment)
        let client = try await CYPHubClient.connect(host: "127.0.0.1", port: host.port)
        let idle = try await idleResident(host, client)
        let phase = try await measure("import \(megabytes) MB", host, idle: idle) {
            let result = try await SocialCareClient(caller: client, options: CallOptions(timeout: nil))
                .importFile(path: file.path, dataset: .workerCaseloads, fileName: "workers.csv", pieceBytes: pieceKiB << 10)
            guard result.rowsStored == file.rows else {
                throw ValidationError("the host stored \(result.rowsStored) rows of \(file.rows)")
            }
            return (file.rows, file.bytes)
        }
        await client.close()
        await host.stop()
        return phase
    }

    /// Imports `rows` worker rows into a fresh host, publishes the records snapshot of that authority and date, pulls it
    /// once to keep its bytes, then pulls it with each count of concurrent pullers (a connection each); then compares
    /// the compression step with plain zlib on the pulled bytes.
    func snapshotPhases(_ executable: String, _ environment: [String: String], rows: Int, rounds: Int) async throws
        -> SnapshotReport
    {
        let file = try WorkerFile.write(rows: rows, bytes: 0)
        defer { file.remove() }
        let host = try await HostChild.start(executable: executable, environment: environment)
        let client = try await CYPHubClient.connect(host: "127.0.0.1", port: host.port)
        let idle = try await idleResident(host, client)
        var phases: [Phase] = []
        phases.append(
            try await measure("import \(FigureFormat.number(Double(rows))) rows", host, idle: idle) {
                let result = try await SocialCareClient(caller: client, options: CallOptions(timeout: nil))
                    .importFile(path: file.path, dataset: .workerCaseloads, fileName: "workers.csv", pieceBytes: pieceKiB << 10)
                return (result.rowsStored, file.bytes)
            })

        let snapshots = SnapshotsClient(caller: client, options: CallOptions(timeout: nil))
        let published = Mutex<SnapshotManifest?>(nil)
        phases.append(
            try await measure("publish records", host, idle: idle) {
                let response = try await snapshots.publish(
                    PublishSnapshotRequest(module: "social-care", authority: WorkerFile.authority, period: WorkerFile.date, kind: "records")
                )
                guard let manifest = response.manifest, !response.alreadyPublished else {
                    throw ValidationError("the publish stored no new version")
                }
                published.withLock { $0 = manifest }
                return (manifest.rowCount, manifest.uncompressedBytes)
            })
        guard let manifest = published.withLock({ $0 }), manifest.rowCount == rows else {
            throw ValidationError("the snapshot does not hold the \(rows) rows imported")
        }
        let fetch = FetchSnapshotRequest(
            module: "social-care", authority: WorkerFile.authority, period: WorkerFile.date, kind: "records", version: manifest.version)

        // The canonical bytes, as the pull verifies them, for the zlib side by side (untimed).
        let canonical = Mutex<[UInt8]>([])
        try await snapshots.pullSnapshot(fetch) { chunk in canonical.withLock { $0.append(contentsOf: chunk.bytes) } }

        for count in pullerCounts {
            var clients: [CYPHubClient] = []
            for _ in 0..<count { clients.append(try await CYPHubClient.connect(host: "127.0.0.1", port: host.port)) }
            var perPuller: [Double] = []
            var phase = try await measure("pull ×\(count)", host, idle: idle) {
                perPuller = try await withThrowingTaskGroup(of: Double.self) { group in
                    for puller in clients {
                        group.addTask {
                            let start = ContinuousClock.now
                            let received = Atomic<Int>(0)
                            try await SnapshotsClient(caller: puller, options: CallOptions(timeout: nil)).pullSnapshot(fetch) { chunk in
                                received.add(chunk.bytes.count, ordering: .relaxed)
                            }
                            let seconds = start.elapsed
                            guard received.load(ordering: .relaxed) == manifest.uncompressedBytes else {
                                throw ValidationError(
                                    "a puller received \(received.load(ordering: .relaxed)) of \(manifest.uncompressedBytes) bytes")
                            }
                            return Double(manifest.uncompressedBytes) / 1e6 / seconds
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                return (count * manifest.rowCount, count * manifest.uncompressedBytes)
            }
            phase.pullerMegabytesPerSecond = perPuller
            phases.append(phase)
            for puller in clients { await puller.close() }
        }
        await client.close()
        await host.stop()

        let chunks = try ZlibComparison.chunks(of: canonical.withLock { $0 })
        guard chunks.count == Int(manifest.chunkCount) else {
            throw ValidationError("SnapshotChunker made \(chunks.count) chunks of the pulled bytes, the host \(manifest.chunkCount)")
        }
        return SnapshotReport(
            rows: manifest.rowCount, chunks: Int(manifest.chunkCount), uncompressedBytes: manifest.uncompressedBytes,
            compressedBytes: manifest.compressedBytes, ratio: Double(manifest.uncompressedBytes) / Double(manifest.compressedBytes),
            phases: phases, zlib: try ZlibComparison.run(chunks: chunks, rounds: rounds))
    }

    /// The host's RSS once it has answered a first call on `client` (connection and call paths touched), settled.
    private func idleResident(_ host: HostChild, _ client: CYPHubClient) async throws -> Int {
        _ = try await client.health()
        try await Task.sleep(for: .milliseconds(500))
        return host.memory().resident
    }

    /// Runs `body` (which returns the rows and bytes it moved) with the host's peak reset at its start, timing it and
    /// taking both processes' CPU time and the host's RSS about once a second.
    private func measure(
        _ name: String, _ host: HostChild, idle: Int, _ body: () async throws -> (rows: Int, bytes: Int)
    ) async throws -> Phase {
        let peakReset = host.resetPeak()
        let startResident = host.memory().resident
        let (hostCPU, clientCPU) = (host.cpuSeconds(), HostChild.ownCPUSeconds())
        let start = ContinuousClock.now
        let sampler = Task {
            var samples: [[Double]] = []
            while !Task.isCancelled {
                let memory = host.memory()
                samples.append([
                    start.elapsed, Double(memory.resident), Double(memory.anonymous), Double(memory.file), Double(memory.shared),
                ])
                try? await Task.sleep(for: .seconds(1))
            }
            return samples
        }
        let moved: (rows: Int, bytes: Int)
        do {
            moved = try await body()
        } catch {
            sampler.cancel()
            throw error
        }
        let seconds = start.elapsed
        let (hostCPUAfter, clientCPUAfter) = (host.cpuSeconds(), HostChild.ownCPUSeconds())
        let memory = host.memory()
        sampler.cancel()
        var phase = Phase(
            name: name, rows: moved.rows, bytes: moved.bytes, seconds: seconds, rowsPerSecond: Double(moved.rows) / seconds,
            megabytesPerSecond: Double(moved.bytes) / 1e6 / seconds, hostCPUSeconds: hostCPUAfter - hostCPU,
            clientCPUSeconds: clientCPUAfter - clientCPU, hostIdleBytes: idle, hostStartBytes: startResident,
            hostPeakBytes: memory.peak, hostGrowthBytes: memory.peak - idle, hostEndBytes: memory.resident,
            peakReset: peakReset, rssTrace: await sampler.value)
        phase.rssTrace.append([seconds, Double(memory.resident), Double(memory.anonymous), Double(memory.file), Double(memory.shared)])
        if !json { printPhase(phase) }
        return phase
    }
}
