/// The module's demo data, as CSV text in the import templates, loaded through ``SENDImporter`` so
/// every demo run exercises the importer. Published figures carry `published` and their seed and
/// paragraph; worked-out ones `derived` with the working; made-up ones `synthetic`.
enum SENDDemoData {
    /// Every demo file, in load order (plan headers before their lines, lines before their breakdowns).
    static let files: [(dataset: SENDDataset, fileName: String, text: String)] = [
        (.caseload, "demo/caseload.csv", caseload),
        (.newPlans, "demo/new_plans.csv", newPlans),
        (.ehcpAssessments, "demo/ehcp_assessments.csv", assessments),
        (.annualReviews, "demo/annual_reviews.csv", annualReviews),
        (.amendments, "demo/amendments.csv", amendments),
        (.phaseTransfers, "demo/phase_transfers.csv", phaseTransfers),
        (.highNeedsPlans, "demo/high_needs_plans.csv", highNeedsPlans),
        (.highNeedsLines, "demo/high_needs_lines.csv", highNeedsLines),
        (.highNeedsSavingsDetail, "demo/high_needs_savings_detail.csv", highNeedsSavingsDetail),
    ]

    /// Imports every demo file; returns the rows stored per dataset.
    @discardableResult
    static func load(into importer: SENDImporter) async throws -> [SENDDataset: Int] {
        var stored: [SENDDataset: Int] = [:]
        for file in files {
            stored[file.dataset] = try await importer.importCSV(file.dataset, fileName: file.fileName, text: file.text)
        }
        return stored
    }
}
