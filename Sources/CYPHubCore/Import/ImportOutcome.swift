/// The response of an import method, saying how many rows it stored in each dataset.
///
/// A module conforms its import response (`extension ImportResult: ImportOutcome`) and the host counts the rows when
/// the handler returns it: the metric `cyphub_import_rows_total{module, dataset}` (see README, "Metrics"). The module
/// reports nothing else and knows nothing of metrics.
public protocol ImportOutcome: ProtoMessage {
    /// Rows stored, by dataset, named as the dataset's CSV template is (`demand_snapshot`, `number_on_roll`).
    var storedRows: [(dataset: String, rows: Int)] { get }

    /// The authorities and periods (as the module names them in snapshots: a date, a programme version) whose data the
    /// import replaced, for the provenance of snapshots. Empty (the default) when the module does not say: the import
    /// then counts for every period of the authorities its rows named.
    var storedPeriods: [(authority: String, period: String)] { get }
}

extension ImportOutcome {
    public var storedPeriods: [(authority: String, period: String)] { [] }
}
