/// One line of the snapshot table before it is filled: how to read its figure from a snapshot.
struct RowDefinition: Sendable {
    var key: String
    var label: String
    var unit: FigureUnit
    var value: @Sendable (SnapshotFigures) -> Double?
    var note: @Sendable (SnapshotFigures) -> String = { _ in "" }
}
