import CYPHubCore
import Testing

@Suite struct ProtoCodingTests {
    enum Rag: String, Codable { case none, green, amber, red }

    struct Inner: Codable, Equatable {
        var label: String
        var count: Int
    }

    struct Outer: Codable, Equatable {
        var authority: String
        var ratePer10000: Double
        var published: Bool
        var rag: Rag
        var tags: [String]
        var inner: Inner?
        var items: [Inner]
        var blob: [UInt8]
    }

    @Test func roundTripsEveryKindOfField() throws {
        let value = Outer(
            authority: "E06000016", ratePer10000: 46.773, published: true, rag: .amber, tags: ["a", "b"],
            inner: Inner(label: "x", count: 3), items: [Inner(label: "y", count: -4)], blob: [0, 255]
        )
        let fields = try ProtoEncoder().encode(value)
        #expect(fields["ratePer10000"] == .double(46.773))
        #expect(fields["rag"] == .string("amber"))
        #expect(fields["blob"] == .bytes([0, 255]))
        #expect(try ProtoDecoder().decode(Outer.self, from: fields) == value)
    }

    @Test func keepsEmptyArraysAsRepeatedFieldsAndNilAsAbsent() throws {
        let value = Outer(authority: "", ratePer10000: 0, published: false, rag: .none, tags: [], inner: nil, items: [], blob: [])
        let fields = try ProtoEncoder().encode(value)
        #expect(fields["tags"] == .list([]))
        #expect(fields["items"] == .list([]))
        #expect(fields["blob"] == .bytes([]))
        #expect(fields["inner"] == nil)
    }

    @Test func decodesAbsentFieldsAsProto3Defaults() throws {
        let decoded = try ProtoDecoder().decode(Outer.self, from: ProtoFields(["rag": .enumeration(number: 3, name: "red")]))
        #expect(decoded == Outer(authority: "", ratePer10000: 0, published: false, rag: .red, tags: [], inner: nil, items: [], blob: []))
    }

    @Test func refusesValuesThatDoNotFit() throws {
        struct Small: Codable { var count: Int8 }
        #expect(throws: DecodingError.self) { try ProtoDecoder().decode(Small.self, from: ProtoFields(["count": .int(300)])) }
        #expect(throws: DecodingError.self) { try ProtoDecoder().decode(Small.self, from: ProtoFields(["count": .string("3")])) }
    }

    @Test func convertsFieldNamesToJSONNames() {
        #expect(protoJSONName("cp_plans") == "cpPlans")
        #expect(protoJSONName("children_aged_0_to_17") == "childrenAged0To17")
        #expect(protoJSONName("rate_per_10000") == "ratePer10000")
        #expect(protoJSONName("method") == "method")
    }
}
