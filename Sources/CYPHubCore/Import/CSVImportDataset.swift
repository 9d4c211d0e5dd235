/// One CSV dataset a module imports, and the request that sends a file of it to the module's import method: how a
/// tool that imports any module's files (the fuzzer in `Fuzz/`) reaches every dataset without knowing each module's
/// request message.
public struct CSVImportDataset: Sendable {
    /// The dataset's name in the module's templates, e.g. `demand_snapshot`.
    public let name: String
    /// The template's header row: every column, required then optional.
    public let templateHeader: String
    /// The module's import method.
    public let method: MethodDescriptor
    /// The import request carrying `csv` as this dataset's file named `fileName`.
    public let request: @Sendable (_ fileName: String, _ csv: String) -> any ProtoMessage

    /// A dataset imported through `method`; `request` builds its request, so a request of another method does not
    /// compile.
    public init<Method: UnaryRPCMethod>(
        name: String, templateHeader: String, method: Method.Type,
        request: @escaping @Sendable (_ fileName: String, _ csv: String) -> Method.Input
    ) {
        self.name = name
        self.templateHeader = templateHeader
        self.method = Method.descriptor
        self.request = { fileName, csv in request(fileName, csv) }
    }

    /// One entry per dataset of a module's template enum, all imported through `method`: `templateHeader` gives each
    /// one's header row and `request` the request carrying a file of it.
    public static func list<Method: UnaryRPCMethod, Dataset: RawRepresentable<String> & Sendable>(
        _ datasets: [Dataset], method: Method.Type, templateHeader: (Dataset) -> String,
        request: @escaping @Sendable (_ dataset: Dataset, _ fileName: String, _ csv: String) -> Method.Input
    ) -> [CSVImportDataset] {
        datasets.map { dataset in
            CSVImportDataset(name: dataset.rawValue, templateHeader: templateHeader(dataset), method: method) { fileName, csv in
                request(dataset, fileName, csv)
            }
        }
    }
}
