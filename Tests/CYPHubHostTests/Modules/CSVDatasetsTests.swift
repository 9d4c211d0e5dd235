import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubTesting
import CYPHubWire
import Logging
import NIOCore
import Testing

/// Each module's `csvDatasets`, which the import fuzzer (`Fuzz/`) relies on to reach every dataset: present, naming
/// the module's own import method, and each request reaching that dataset's parser. `HubHost.decodeRequest`, which the
/// request fuzzer calls, decodes as a call does.
@Suite struct CSVDatasetsTests {
    @Test func everyModuleWithAnImportMethodListsItsDatasets() throws {
        for module in BuiltInModules.all {
            var router = Router(moduleID: module.descriptor.id)
            try module.registerMethods(
                with: &router,
                context: ModuleContext(
                    settings: HostConfiguration().settings.scoped(path: ["modules", "settings", module.descriptor.id]),
                    storage: try Storage.inMemory(), logger: Logger(label: "test")))
            let imports = router.methods.keys.filter { $0.hasSuffix("/Import") }
            let datasets = module.csvDatasets
            #expect(imports.count == 1, "\(module.descriptor.id) has \(imports.count) import methods")
            #expect(!datasets.isEmpty, "\(module.descriptor.id) imports CSV but lists no dataset")
            #expect(Set(datasets.map(\.method.fullName)) == Set(imports), "\(module.descriptor.id)")
            #expect(Set(datasets.map(\.name)).count == datasets.count, "\(module.descriptor.id) lists a dataset twice")
        }
    }

    /// Each request reaches its dataset's parser: a file with the template's header and no rows passes the header
    /// check (some modules store nothing and answer OK, others refuse an empty file naming it), while a file whose
    /// header lacks the template's columns is refused with INVALID_ARGUMENT naming the file.
    @Test func eachDatasetsRequestReachesItsParser() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true, mode: .inProcess) { test in
            let schema = try ProtoSchema.load()
            for dataset in BuiltInModules.all.flatMap(\.csvDatasets) {
                let input = try #require(schema.method(dataset.method.fullName)?.input)
                let fileName = "header-\(dataset.name).csv"
                var request = ByteBuffer()
                try input.encode(dataset.request(fileName, dataset.templateHeader + "\n"), into: &request)
                let template = await test.host.serve(method: dataset.method.fullName, request: request)
                let codes = [0, Int(StatusCode.invalidArgument.rawValue)]
                #expect(codes.contains(template.status.code), "\(dataset.name): \(template.status)")
                #expect(!template.status.message.contains("column"), "\(dataset.name): \(template.status.message)")

                request.clear()
                try input.encode(dataset.request(fileName, "not_a_column\nx\n"), into: &request)
                let wrong = await test.host.serve(method: dataset.method.fullName, request: request)
                #expect(wrong.status.code == Int(StatusCode.invalidArgument.rawValue), "\(dataset.name): \(wrong.status)")
                #expect(wrong.status.message.contains(fileName), "\(dataset.name): \(wrong.status.message)")
            }
        }
    }

    @Test func decodeRequestDecodesAsACallDoes() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all, mode: .inProcess) { test in
            let host = test.host
            #expect(host.methodNames.contains("cyphub.host.v1.Health/Check"))
            #expect(host.methodNames.contains("cyphub.socialcare.v1.SocialCare/GetSnapshot"))
            // Field 1 (module) = "x": a Health/Check request.
            let decoded = try host.decodeRequest(method: "cyphub.host.v1.Health/Check", request: ByteBuffer(bytes: [0x0A, 0x01, 0x78]))
            #expect((decoded as? HealthCheckRequest)?.module == "x")
            // A length running past the end is refused as a malformed message, as on a connection.
            let truncated = #expect(throws: RPCError.self) {
                try host.decodeRequest(method: "cyphub.host.v1.Health/Check", request: ByteBuffer(bytes: [0x0A, 0x05, 0x78]))
            }
            #expect(truncated?.code == .invalidArgument)
            let unknown = #expect(throws: RPCError.self) {
                try host.decodeRequest(method: "cyphub.nothing.v1.Nothing/Do", request: ByteBuffer())
            }
            #expect(unknown?.code == .unimplemented)
        }
    }
}
