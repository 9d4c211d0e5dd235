import CYPHubHost
import FuzzSupport
import NIOCore

// Every registered method's request decoding: the first byte chooses one of every method the host serves (every
// compiled module's and the host's own, from its dispatch table), the rest is decoded as that method's request
// exactly as a call decodes it before its handler runs: protobuf-c's unpack under the host's allocation limit, the
// NUL check on strings, then the mapping into the generated Swift message. Any thrown error is the answer a client
// gets; a crash, a sanitizer report or a hang is a finding.

private let host = FuzzHost.make(demoData: false)
private let methods = host.methodNames

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRequests(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzInput(data, size)
    guard let index = input.choice(of: methods.count) else { return 0 }
    let request = ByteBuffer(bytes: input.rest)
    _ = try? host.decodeRequest(method: methods[index], request: request)
    return 0
}

@main
enum RequestFuzzer {
    static func main() {
        precondition(methods.count <= 256, "one byte no longer chooses among \(methods.count) methods")
        // `CYPHUB_FUZZ_LIST=1`: print what each first byte chooses (the corpus generator reads it) instead of fuzzing.
        if FuzzDriver.listing {
            for (index, method) in methods.enumerated() { print("\(index)\t\(method)") }
            return
        }
        FuzzDriver.run(fuzzRequests)
    }
}
