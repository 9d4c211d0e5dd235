import CYPHubCore

/// One caseload snapshot's rows, grouped by age band and by setting type (see ``EhcpSummaryBuilder``).
struct SnapshotRows {
    /// A band's or setting's count and the weakest source behind it.
    struct Group {
        var key: String
        var label: String
        var count: Int
        var source: SENDDataSource
        var date: LocalDate
    }

    let date: LocalDate
    let rows: [SENCaseloadCount]
    let totalRow: SENCaseloadCount?
    let ageGroups: [Group]
    let settingGroups: [Group]
    let notes: [String]
    var periodLabel: String { totalRow?.periodLabel ?? rows.first { !$0.periodLabel.isEmpty }?.periodLabel ?? "" }

    init(date: LocalDate, rows: [SENCaseloadCount]) {
        self.date = date
        self.rows = rows
        self.totalRow = rows.first { $0.ageBand == .all && $0.settingType == .all }
        var notes: [String] = []
        var ages: [Group] = []
        for band in SENDAgeBand.allCases where band != .all {
            let explicit = rows.first { $0.ageBand == band && $0.settingType == .all }
            let cells = rows.filter { $0.ageBand == band && $0.settingType != .all }
            if let group = Self.group(key: band.rawValue, label: band.title, explicit: explicit, cells: cells, date: date, notes: &notes) {
                ages.append(group)
            }
        }
        var settings: [Group] = []
        for setting in SENDSettingType.allCases where setting != .all {
            let explicit = rows.first { $0.settingType == setting && $0.ageBand == .all }
            let cells = rows.filter { $0.settingType == setting && $0.ageBand != .all }
            if let group = Self.group(
                key: setting.rawValue, label: setting.title, explicit: explicit, cells: cells, date: date, notes: &notes)
            {
                settings.append(group)
            }
        }
        self.ageGroups = ages
        self.settingGroups = settings
        self.notes = notes
    }

    /// The explicit row if given (noting a disagreement with its cells), else the sum of the cells.
    private static func group(
        key: String, label: String, explicit: SENCaseloadCount?, cells: [SENCaseloadCount], date: LocalDate,
        notes: inout [String]
    ) -> Group? {
        let cellSum = cells.reduce(0) { $0 + $1.count }
        if let explicit {
            if !cells.isEmpty, cellSum != explicit.count {
                notes.append(
                    "\(label): the row gives \(FigureFormat.number(Double(explicit.count))) "
                        + "but its breakdown adds up to \(FigureFormat.number(Double(cellSum)))"
                )
            }
            return Group(key: key, label: label, count: explicit.count, source: explicit.source, date: date)
        }
        guard let weakest = cells.map(\.source).max() else { return nil }
        return Group(key: key, label: label, count: cellSum, source: weakest, date: date)
    }
}
