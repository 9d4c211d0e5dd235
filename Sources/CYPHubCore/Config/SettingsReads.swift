/// The keys a ``SettingsReader`` has read: what its strictness checks measure each layer against.
package struct SettingsReads: Sendable {
    /// Keys read as one value (a number, a string, a list).
    package var values: Set<[String]> = []
    /// Keys read as a whole object (a map of numbers): everything under them counts as read.
    package var objects: Set<[String]> = []

    /// No keys read.
    package init(values: Set<[String]> = [], objects: Set<[String]> = []) {
        self.values = values
        self.objects = objects
    }

    /// Whether `key` was read, or lies under an object that was read whole.
    package func covers(_ key: [String]) -> Bool {
        values.contains(key) || objects.contains { key.starts(with: $0) }
    }

    /// Whether some key under `key` was read (so `key` is an object whose children are checked one by one).
    package func hasReadsBelow(_ key: [String]) -> Bool {
        values.contains { $0.count > key.count && $0.starts(with: key) }
            || objects.contains { $0.count > key.count && $0.starts(with: key) }
    }
}
