/// Decodes any JSON value into a ``SettingValue`` (JSONDecoder is strict: `1` is never a boolean).
struct JSONSettingValue: Decodable {
    let value: SettingValue

    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [SettingValue] = []
            while !array.isAtEnd { values.append(try array.decode(JSONSettingValue.self).value) }
            value = .array(values)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var values: [String: SettingValue] = [:]
            for key in object.allKeys { values[key.stringValue] = try object.decode(JSONSettingValue.self, forKey: key).value }
            value = .object(values)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            value = .null
        } else if let bool = try? single.decode(Bool.self) {
            value = .bool(bool)
        } else if let number = try? single.decode(Double.self) {
            value = .number(number)
        } else {
            value = .string(try single.decode(String.self))
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
