import CYPHubCore
import CYPHubWire
import NIOCore
import Testing

@Suite struct ProtoSchemaTests {
    let schema: ProtoSchema

    init() throws { schema = try ProtoSchema.load() }

    @Test func roundTripsTheCallEnvelopeThroughProtobufC() throws {
        let start = CallStart(
            method: "cyphub.host.v1.Health/Check",
            timeoutMs: 1500,
            metadata: [Metadata(key: "x-request", value: "42")],
            acceptEncoding: ["zlib"]
        )
        var buffer = ByteBuffer()
        try schema.callStart.encode(start, into: &buffer)
        let decoded = try schema.callStart.decode(CallStart.self, from: buffer, allocationLimit: 1 << 20)
        #expect(decoded == start)
    }

    @Test func theEnvelopeHelpersUseTheGenericCodec() throws {
        for start in [
            CallStart(method: "cyphub.host.v1.Diagnostics/Echo", timeoutMs: 10_000, acceptEncoding: ["zlib"]),
            CallStart(method: "a/b"),
            CallStart(method: "a/b", metadata: [Metadata(key: "k", value: "v")]),
        ] {
            var viaHelper = ByteBuffer()
            try schema.encodeCallStart(start, into: &viaHelper)
            var generic = ByteBuffer()
            try schema.callStart.encode(start, into: &generic)
            #expect(viaHelper == generic)
            #expect(try schema.decodeCallStart(generic, allocationLimit: 1 << 20) == start)
        }
        #expect(throws: WireError.self) { try schema.decodeCallStart(ByteBuffer(bytes: [0x0A, 0x10, 0x61]), allocationLimit: 1 << 20) }
        var ok = ByteBuffer()
        try schema.encodeStatus(.ok, into: &ok)
        #expect(ok.readableBytes == 0)
        #expect(try schema.status.decode(Status.self, from: ok, allocationLimit: 1024) == .ok)
        var failed = ByteBuffer()
        try schema.encodeStatus(Status(code: 5, message: "no"), into: &failed)
        #expect(try schema.decodeStatus(failed, allocationLimit: 1024) == Status(code: 5, message: "no"))
    }

    @Test func encodesExactlyTheProtobufWireBytes() throws {
        // Status { code: 5, message: "no" } is field 1 varint 5, field 2 length-delimited "no".
        var buffer = ByteBuffer()
        try schema.status.encode(Status(code: 5, message: "no"), into: &buffer)
        #expect(Array(buffer.readableBytesView) == [0x08, 0x05, 0x12, 0x02, 0x6E, 0x6F])
    }

    @Test func emptyRepeatedFieldsStayRepeated() throws {
        var buffer = ByteBuffer()
        try schema.callStart.encode(CallStart(method: "a/b"), into: &buffer)
        let decoded = try schema.callStart.decode(CallStart.self, from: buffer, allocationLimit: 1 << 20)
        #expect(decoded.metadata.isEmpty)
        #expect(decoded.method == "a/b")
    }

    @Test func mapsEnumsByNumberAndNestedRepeatedMessages() throws {
        let message = try #require(schema.message(named: "cyphub.host.v1.HealthCheckResponse"))
        let health = HealthCheckResponse(
            status: .notServing, modules: [ModuleHealth(module: "social-care", status: .serving)], version: "1")
        var buffer = ByteBuffer()
        try message.encode(health, into: &buffer)
        // status field 1 = enum value 2 (SERVING_STATUS_NOT_SERVING).
        #expect(Array(buffer.readableBytesView.prefix(2)) == [0x08, 0x02])
        #expect(try message.decode(HealthCheckResponse.self, from: buffer, allocationLimit: 1 << 20) == health)
    }

    @Test func refusesAnEnumNumberTheSwiftEnumLacks() throws {
        let message = try #require(schema.message(named: "cyphub.host.v1.ModuleHealth"))
        // status (field 2) = 9, not a ServingStatus.
        let buffer = ByteBuffer(bytes: [0x10, 0x09])
        #expect(throws: WireError.self) { try message.decode(ModuleHealth.self, from: buffer, allocationLimit: 1024) }
    }

    @Test func refusesASwiftTypeOfAnotherMessage() throws {
        var buffer = ByteBuffer()
        #expect(throws: WireError.self) { try schema.callStart.encode(EchoRequest(payload: [1]), into: &buffer) }
        #expect(throws: WireError.self) {
            try schema.callStart.decode(EchoRequest.self, from: ByteBuffer(), allocationLimit: 1024)
        }
    }

    @Test func roundTripsEveryScalarKindAndLargeRepeatedFields() throws {
        let message = try #require(schema.message(named: "cyphub.host.v1.ListModulesResponse"))
        let modules = (0..<5_000).map { index in
            ModuleInfo(
                id: "m\(index)", name: "Module \(index)", version: "1.0", protoPackage: "cyphub.m\(index).v1",
                enabled: index % 2 == 0,
                methods: [MethodInfo(name: "a/b", kind: "unary", inputType: "x.In", outputType: "x.Out")])
        }
        let listing = ListModulesResponse(version: "9", modules: modules)
        var buffer = ByteBuffer()
        try message.encode(listing, into: &buffer)
        #expect(try message.decode(ListModulesResponse.self, from: buffer, allocationLimit: 1 << 26) == listing)
        let echo = try #require(schema.message(named: "cyphub.host.v1.EchoRequest"))
        var bytes = ByteBuffer()
        try echo.encode(EchoRequest(payload: Array(0...255)), into: &bytes)
        #expect(try echo.decode(EchoRequest.self, from: bytes, allocationLimit: 1 << 20).payload == Array(0...255))
        var goAway = ByteBuffer()
        try schema.goAway.encode(GoAway(lastCallId: UInt32.max, code: -7, message: "é"), into: &goAway)
        #expect(
            try schema.goAway.decode(GoAway.self, from: goAway, allocationLimit: 1024)
                == GoAway(lastCallId: UInt32.max, code: -7, message: "é"))
    }

    @Test func refusesGarbageBytes() throws {
        let garbage = ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
        #expect(throws: WireError.self) { try schema.callStart.decode(CallStart.self, from: garbage, allocationLimit: 1 << 20) }
        // A length-delimited field that claims more bytes than there are.
        let truncated = ByteBuffer(bytes: [0x0A, 0x10, 0x61])
        #expect(throws: WireError.self) { try schema.callStart.decode(CallStart.self, from: truncated, allocationLimit: 1 << 20) }
    }

    @Test func capsWhatProtobufCMayAllocate() throws {
        // 2,000 empty Metadata entries: tiny on the wire, each needs a struct when unpacked.
        var bytes: [UInt8] = []
        for _ in 0..<2000 { bytes += [0x1A, 0x00] }
        let buffer = ByteBuffer(bytes: bytes)
        #expect(throws: WireError.self) { try schema.callStart.decode(CallStart.self, from: buffer, allocationLimit: 4096) }
        let start = try schema.callStart.decode(CallStart.self, from: buffer, allocationLimit: 1 << 22)
        #expect(start.metadata.count == 2000)
    }

    @Test func findsMethodsWithTheirInputAndOutput() throws {
        let method = try #require(schema.method("cyphub.host.v1.Health/Check"))
        #expect(method.input.name == "cyphub.host.v1.HealthCheckRequest")
        #expect(method.output.name == "cyphub.host.v1.HealthCheckResponse")
        #expect(schema.method("cyphub.host.v1.Health/Nope") == nil)
    }
}
