import CYPHubCore

extension IndicatorsImporter {
    /// `authority_code, name, region_code, region_name, synthetic`.
    func importAuthorities(_ csv: String, fileName: String) async throws -> Int {
        let table = try CSVTable.parse(
            csv, fileName: fileName, requiredColumns: IndicatorsDataset.authorities.requiredColumns,
            optionalColumns: IndicatorsDataset.authorities.optionalColumns)
        let (parsed, issues) = Self.convert(table) { record throws(ImportIssue) -> (CSVRecord, AuthorityRecord) in
            let code = try record.authorityCode("authority_code")
            let name = try record.requiredText("name")
            var regionCode = ""
            var regionName = ""
            if !record.text("region_code").isEmpty {
                regionCode = try record.regionCode("region_code")
                regionName = try record.requiredText("region_name")
            } else if !record.text("region_name").isEmpty {
                throw record.issue("region_code", "a region name needs its region code")
            }
            let synthetic = record.text("synthetic").isEmpty ? false : try record.bool("synthetic")
            return (
                record,
                AuthorityRecord(
                    code: code, name: name, regionCode: regionCode, regionName: regionName, synthetic: synthetic)
            )
        }
        try Self.check(
            issues + Self.duplicates(parsed.map { ($0.0, $0.1.code) }, column: "authority_code") { "authority \($0)" })
        let authorities = parsed.map(\.1)
        try await storage.write { db in try IndicatorsStore.upsert(authorities, db) }
        return authorities.count
    }
}
