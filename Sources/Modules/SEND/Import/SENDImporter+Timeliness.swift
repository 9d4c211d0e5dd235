import CYPHubCore

extension SENDImporter {
    /// `ehcp_assessments`: upserts by (authority, plan).
    static let assessments = SENDUpsert(
        table: "send_assessments",
        columns: [
            "authority_code", "plan_id", "request_received", "final_plan_issued", "is_exception", "exception_reason", "source",
        ]
    ) { record throws(ImportIssue) in
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
        let row = EhcpAssessmentRecord(
            authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
            requestReceived: received, finalPlanIssued: issued, isException: isException,
            exceptionReason: reason, source: try record.dataSource("source")
        )
        return StreamedImport.Row(
            values: [
                .text(row.authorityCode), .text(row.planId), .text(row.requestReceived.description),
                .string(row.finalPlanIssued?.description), .bool(row.isException), .text(row.exceptionReason),
                .text(row.source.rawValue),
            ],
            identity: "\(row.authorityCode)|\(row.planId)", column: "plan_id", described: "plan \(row.planId)")
    }

    /// `annual_reviews`: upserts by (authority, plan, review due).
    static let reviews = SENDUpsert(
        table: "send_annual_reviews", columns: ["authority_code", "plan_id", "review_due", "review_completed", "source"]
    ) { record throws(ImportIssue) in
        let row = AnnualReviewRecord(
            authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
            reviewDue: try record.date("review_due"), reviewCompleted: try record.optionalDate("review_completed"),
            source: try record.dataSource("source")
        )
        return StreamedImport.Row(
            values: [
                .text(row.authorityCode), .text(row.planId), .text(row.reviewDue.description),
                .string(row.reviewCompleted?.description), .text(row.source.rawValue),
            ],
            identity: "\(row.authorityCode)|\(row.planId)|\(row.reviewDue)", column: "review_due",
            described: "the review of plan \(row.planId) due \(row.reviewDue)")
    }

    /// `amendments`: upserts by (authority, plan, amendment started).
    static let amendments = SENDUpsert(
        table: "send_amendments", columns: ["authority_code", "plan_id", "amendment_started", "amended_plan_issued", "source"]
    ) { record throws(ImportIssue) in
        let started = try record.date("amendment_started")
        let issued = try record.optionalDate("amended_plan_issued")
        if let issued, issued < started {
            throw record.issue("amended_plan_issued", "\(issued) is before amendment_started \(started)")
        }
        let row = AmendmentRecord(
            authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
            amendmentStarted: started, amendedPlanIssued: issued, source: try record.dataSource("source")
        )
        return StreamedImport.Row(
            values: [
                .text(row.authorityCode), .text(row.planId), .text(row.amendmentStarted.description),
                .string(row.amendedPlanIssued?.description), .text(row.source.rawValue),
            ],
            identity: "\(row.authorityCode)|\(row.planId)|\(row.amendmentStarted)", column: "amendment_started",
            described: "the amendment of plan \(row.planId) started \(row.amendmentStarted)")
    }

    /// `phase_transfers`: upserts by (authority, plan, transfer deadline).
    static let transfers = SENDUpsert(
        table: "send_phase_transfers",
        columns: ["authority_code", "plan_id", "phase", "transfer_deadline", "amended_plan_issued", "source"]
    ) { record throws(ImportIssue) in
        let row = PhaseTransferRecord(
            authorityCode: try record.authorityCode("authority_code"), planId: try record.requiredText("plan_id"),
            phase: try record.requiredText("phase"), transferDeadline: try record.date("transfer_deadline"),
            amendedPlanIssued: try record.optionalDate("amended_plan_issued"), source: try record.dataSource("source")
        )
        return StreamedImport.Row(
            values: [
                .text(row.authorityCode), .text(row.planId), .text(row.phase), .text(row.transferDeadline.description),
                .string(row.amendedPlanIssued?.description), .text(row.source.rawValue),
            ],
            identity: "\(row.authorityCode)|\(row.planId)|\(row.transferDeadline)", column: "transfer_deadline",
            described: "the transfer of plan \(row.planId) due \(row.transferDeadline)")
    }
}
