import CLibFuzzer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs libFuzzer over a target's `LLVMFuzzerTestOneInput`, with the process's arguments as libFuzzer's flags.
public enum FuzzDriver {
    /// Whether `CYPHUB_FUZZ_LIST=1` asks the target to list its choices (what each first byte selects) and exit.
    public static var listing: Bool { getenv("CYPHUB_FUZZ_LIST").map { String(cString: $0) == "1" } ?? false }

    /// Hands the process to libFuzzer's driver and exits with its status.
    public static func run(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }
}
