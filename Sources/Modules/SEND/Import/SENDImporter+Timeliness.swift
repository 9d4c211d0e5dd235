import CYPHubCore

extension SENDImporter {
    static func parseAssessments(_ table: CSVTable) throws(ImportError) -> [EhcpAssessmentRecord] {
        let records = try table.map { record throws(ImportIssue) in
            let received = try record.date("request_received")
            let issued = try record.optionalDate("final_plan_issued")
            if let issued, issued < received {
                throw record.issue("final_plan_issued", "\(issued) is before request_received \(received)")
            }
            let isException = try record.optionalBool("exception")
            let reason = record.text("exception_reason")
            if !isException && !reason.isEmpty {
                throw record.issue("exception_reason", "a reason is given but exception is not yes")
            }
            return EhcpAssessmentRecord(
                authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
                requestReceived: received, finalPlanIssued: issued, isException: isException,
                exceptionReason: reason, source: try record.dataSource("source")
            )
        }
        var keys = DuplicateKeys<String>()
        for (record, row) in zip(table.records, records) {
            keys.check("\(row.authorityCode)|\(row.planId)", record: record, column: "plan_id", describing: "plan \(row.planId)")
        }
        try keys.throwIfAny()
        return records
    }

    func storeAssessments(_ records: [EhcpAssessmentRecord]) async throws -> Int {
        try await storage.write { db in
            try db.executeMany(
                """
                INSERT OR REPLACE INTO send_assessments
                    (authority_code, plan_id, request_received, final_plan_issued, is_exception, exception_reason, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                rows: records.map { row in
                    [
                        .text(row.authorityCode), .text(row.planId), .text(row.requestReceived.description),
                        .string(row.finalPlanIssued?.description), .bool(row.isException), .text(row.exceptionReason),
                        .text(row.source.rawValue),
                    ]
                }
            )
            return records.count
        }
    }

    static func parseReviews(_ table: CSVTable) throws(ImportError) -> [AnnualReviewRecord] {
        let records = try table.map { record throws(ImportIssue) in
            AnnualReviewRecord(
                authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
                reviewDue: try record.date("review_due"), reviewCompleted: try record.optionalDate("review_completed"),
                source: try record.dataSource("source")
            )
        }
        var keys = DuplicateKeys<String>()
        for (record, row) in zip(table.records, records) {
            keys.check(
                "\(row.authorityCode)|\(row.planId)|\(row.reviewDue)", record: record, column: "review_due",
                describing: "the review of plan \(row.planId) due \(row.reviewDue)")
        }
        try keys.throwIfAny()
        return records
    }

    func storeReviews(_ records: [AnnualReviewRecord]) async throws -> Int {
        try await storage.write { db in
            try db.executeMany(
                """
                INSERT OR REPLACE INTO send_annual_reviews (authority_code, plan_id, review_due, review_completed, source)
                VALUES (?, ?, ?, ?, ?)
                """,
                rows: records.map { row in
                    [
                        .text(row.authorityCode), .text(row.planId), .text(row.reviewDue.description),
                        .string(row.reviewCompleted?.description), .text(row.source.rawValue),
                    ]
                }
            )
            return records.count
        }
    }

    static func parseAmendments(_ table: CSVTable) throws(ImportError) -> [AmendmentRecord] {
        let records = try table.map { record throws(ImportIssue) in
            let started = try record.date("amendment_started")
            let issued = try record.optionalDate("amended_plan_issued")
            if let issued, issued < started {
                throw record.issue("amended_plan_issued", "\(issued) is before amendment_started \(started)")
            }
            return AmendmentRecord(
                authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
                amendmentStarted: started, amendedPlanIssued: issued, source: try record.dataSource("source")
            )
        }
        var keys = DuplicateKeys<String>()
        for (record, row) in zip(table.records, records) {
            keys.check(
                "\(row.authorityCode)|\(row.planId)|\(row.amendmentStarted)", record: record, column: "amendment_started",
                describing: "the amendment of plan \(row.planId) started \(row.amendmentStarted)")
        }
        try keys.throwIfAny()
        return records
    }

    func storeAmendments(_ records: [AmendmentRecord]) async throws -> Int {
        try await storage.write { db in
            try db.executeMany(
                """
                INSERT OR REPLACE INTO send_amendments (authority_code, plan_id, amendment_started, amended_plan_issued, source)
                VALUES (?, ?, ?, ?, ?)
                """,
                rows: records.map { row in
                    [
                        .text(row.authorityCode), .text(row.planId), .text(row.amendmentStarted.description),
                        .string(row.amendedPlanIssued?.description), .text(row.source.rawValue),
                    ]
                }
            )
            return records.count
        }
    }

    static func parseTransfers(_ table: CSVTable) throws(ImportError) -> [PhaseTransferRecord] {
        let records = try table.map { record throws(ImportIssue) in
            PhaseTransferRecord(
                authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
                phase: try record.requiredText("phase"), transferDeadline: try record.date("transfer_deadline"),
                amendedPlanIssued: try record.optionalDate("amended_plan_issued"), source: try record.dataSource("source")
            )
        }
        var keys = DuplicateKeys<String>()
        for (record, row) in zip(table.records, records) {
            keys.check(
                "\(row.authorityCode)|\(row.planId)|\(row.transferDeadline)", record: record, column: "transfer_deadline",
                describing: "the transfer of plan \(row.planId) due \(row.transferDeadline)")
        }
        try keys.throwIfAny()
        return records
    }

    func storeTransfers(_ records: [PhaseTransferRecord]) async throws -> Int {
        try await storage.write { db in
            try db.executeMany(
                """
                INSERT OR REPLACE INTO send_phase_transfers
                    (authority_code, plan_id, phase, transfer_deadline, amended_plan_issued, source)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                rows: records.map { row in
                    [
                        .text(row.authorityCode), .text(row.planId), .text(row.phase), .text(row.transferDeadline.description),
                        .string(row.amendedPlanIssued?.description), .text(row.source.rawValue),
                    ]
                }
            )
            return records.count
        }
    }
}
