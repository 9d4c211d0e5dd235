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
}
