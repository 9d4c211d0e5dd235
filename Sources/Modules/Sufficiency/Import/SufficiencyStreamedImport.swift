import CYPHubCore

/// An import of a file of any size sent in pieces (``Sufficiency/Method/ImportStream``), all or nothing like
/// ``Sufficiency/Method/Import``, through the core's ``StreamedImport``: each row is checked on its own and against what
/// is held (a school's planning area, a roll's school) as its batch is staged, a repeated key as it arrives; once the
/// client has sent the last piece one transaction checks a planning areas file's secondary areas against the whole
/// file and stores the rows, replacing those held with the same keys.
enum SufficiencyStreamedImport {
    static func plan(dataset: SufficiencyDataset, fileName: String) -> StreamedImport.Plan<ImportResult> {
        let definition = SufficiencyRows.of(dataset)
        return StreamedImport.Plan(
            fileName: fileName, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            columns: definition.columns,
            parse: { record throws(ImportIssue) in
                let parsed = try definition.parse(record)
                return StreamedImport.Row(
                    values: parsed.values, identity: parsed.key, column: definition.keyColumn, described: parsed.key,
                    record: parsed)
            },
            duplicateReason: { row, first in SufficiencyImporter.duplicateReason(row.described, earlier: first) },
            noRowsReason: SufficiencyImporter.noRowsReason,
            checkBatch: { db, batch in
                try definition.problems(
                    batch.compactMap { line, row in (row.record as? SufficiencyRows.Parsed).map { (line, $0) } },
                    fileName: fileName, in: db)
            },
            commit: { db, staged in try SufficiencyStore.store(staged: staged, dataset, in: db) })
    }
}
