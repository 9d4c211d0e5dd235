import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubWire
import FuzzSupport
import NIOCore

// Every CSV import dataset of every module fed arbitrary text: the first byte chooses one of every dataset of every
// compiled module (each module's `csvDatasets`), the rest is the file's text, sent as the module's own import request
// and served by the host's dispatch table (decoding, the module's parser and checks, and its write to the database),
// on a host holding the demo data. An error status is the answer a user gets. A crash, a sanitizer report, a hang or
// an INTERNAL status (an import that failed in a way its checks did not describe) is a finding.

private let host = FuzzHost.make(demoData: true)
private let datasets = BuiltInModules.all.flatMap(\.csvDatasets)
private let schema: ProtoSchema = {
    do { return try ProtoSchema.load() } catch { fatalError("the compiled schema does not load: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzImports(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    guard let index = input.choice(of: datasets.count) else { return 0 }
    let dataset = datasets[index]
    let csv = String(decoding: input.rest, as: UTF8.self)
    let method = dataset.method.fullName
    var request = ByteBuffer()
    do {
        guard let input = schema.method(method)?.input else { fatalError("\(method) is not in the schema") }
        try input.encode(dataset.request("fuzz-\(dataset.name).csv", csv), into: &request)
    } catch {
        fatalError("the import request for \(dataset.name) does not encode: \(error)")
    }
    let sent = request
    let result: HubHost.InProcessResult
    do {
        result = try FuzzHost.blocking { await host.serve(method: method, request: sent) }
    } catch {
        fatalError("unreachable: serving does not throw (\(error))")
    }
    if result.status.code == Int(StatusCode.internalError.rawValue) {
        fatalError("\(method) (\(dataset.name)) ended INTERNAL: \(result.status.message)")
    }
    return 0
}

@main
enum ImportFuzzer {
    static func main() {
        precondition(datasets.count <= 256, "one byte no longer chooses among \(datasets.count) datasets")
        // `CYPHUB_FUZZ_LIST=1`: print what each first byte chooses (the corpus generator reads it) instead of fuzzing.
        if FuzzDriver.listing {
            for (index, dataset) in datasets.enumerated() {
                print("\(index)\t\(dataset.method.fullName)\t\(dataset.name)\t\(dataset.templateHeader)")
            }
            return
        }
        // Build the host before the first input, so its start-up is not counted against an input.
        _ = host
        FuzzDriver.run(fuzzImports)
    }
}
