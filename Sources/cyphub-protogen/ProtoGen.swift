import CProtoDescriptor
import Foundation

/// `cyphub-protogen`: generates the Swift side of `Proto/` — one struct per message, one enum per enum and one
/// namespace per service with a typed method descriptor per rpc — from the same descriptors protoc-c generates
/// the C from (a `FileDescriptorSet` written by `protoc --descriptor_set_out --include_source_info`).
///
/// Usage: `cyphub-protogen DESCRIPTOR_SET --package PROTO_PACKAGE=SWIFT_MODULE:OUTPUT_DIRECTORY … [--external
/// PROTO_TYPE=SWIFT_TYPE …]`. Each `.proto` file becomes `OUTPUT_DIRECTORY/<file name>.pb.swift`; a file whose
/// package has no `--package` is an error. `--external` names a proto type that Swift already has (it is not
/// generated; fields of that type are not allowed).
@main
struct ProtoGen {
    static func main() {
        do {
            try run(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("cyphub-protogen: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: [String]) throws {
        var descriptorSet: String?
        var packages: [String: (module: String, directory: String)] = [:]
        var external: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--package", "--external":
                guard index + 1 < arguments.count else { throw GenerationError("\(argument) needs a value") }
                let value = arguments[index + 1]
                guard let equals = value.firstIndex(of: "=") else { throw GenerationError("\(argument) \(value): expected A=B") }
                let key = String(value[..<equals])
                let rest = String(value[value.index(after: equals)...])
                if argument == "--external" {
                    external[key] = rest
                } else {
                    guard let colon = rest.firstIndex(of: ":") else {
                        throw GenerationError("--package \(value): expected PACKAGE=MODULE:DIRECTORY")
                    }
                    packages[key] = (String(rest[..<colon]), String(rest[rest.index(after: colon)...]))
                }
                index += 2
            default:
                guard descriptorSet == nil else { throw GenerationError("unexpected argument \(argument)") }
                descriptorSet = argument
                index += 1
            }
        }
        guard let descriptorSet else {
            throw GenerationError("usage: cyphub-protogen DESCRIPTOR_SET --package PKG=MODULE:DIR … [--external TYPE=SWIFT]")
        }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: descriptorSet)))
        let files = try DescriptorSet.read(bytes)
        var model = Model(external: external)
        for file in files { model.index(file) }
        var written = 0
        for file in files {
            guard let target = packages[file.package] else {
                throw GenerationError("\(file.name): no --package for proto package \(file.package)")
            }
            var writer = SwiftWriter(model: model, file: file, module: target.module, modulesByPackage: packages)
            let swift = try writer.render()
            let baseName = URL(fileURLWithPath: file.name).deletingPathExtension().lastPathComponent
            let path = URL(fileURLWithPath: target.directory).appendingPathComponent("\(baseName).pb.swift")
            try FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            let existing = try? String(contentsOf: path, encoding: .utf8)
            if existing != swift {
                try swift.write(to: path, atomically: true, encoding: .utf8)
                written += 1
            }
        }
        print("cyphub-protogen: \(files.count) proto files, \(written) Swift files written")
    }
}

struct GenerationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
