import CYPHubCore
import CYPHubWire
import Synchronization

/// The host's own services: health, the module listing, and echo.
struct BuiltInServices: Sendable {
    let version: String
    /// Every compiled module with whether it is enabled, and the context of enabled ones.
    let modules: [(module: any DomainModule, context: ModuleContext?)]
    let listing: @Sendable () -> ListModulesResponse
    let storage: Storage
    let shuttingDown: @Sendable () -> Bool
    /// The limits reported with every health answer.
    let limits: HostLimits
    /// The audit log the Audit service queries (nil when `audit.enabled` is false).
    let auditLog: AuditLog?

    func register(with router: inout Router) throws {
        let services = self
        try router.register(Health.Method.Check.self, access: .open) { request, _ in try await services.health(request) }
        try router.register(Modules.Method.List.self, access: .read(.aggregate)) { _, _ in services.listing() }
        try router.register(Diagnostics.Method.Echo.self, access: .read(.aggregate)) { request, _ in EchoResponse(payload: request.payload)
        }
        try router.register(Audit.Method.Query.self, access: .admin) { request, _ in try await services.queryAudit(request) }
    }

    /// The newest audit records matching the query, after storing what the buffer holds (so a query sees every call
    /// that ended before it).
    func queryAudit(_ query: AuditQuery) async throws -> AuditPage {
        guard query.limit <= AuditStore.maxLimit else {
            throw RPCError.invalidArgument("limit \(query.limit) is above the most a query returns (\(AuditStore.maxLimit))")
        }
        guard let auditLog else {
            throw RPCError(code: .failedPrecondition, message: "the audit log is off on this host (audit.enabled is false)")
        }
        await auditLog.flush()
        return try await storage.read { db in try AuditStore.query(query, in: db) }
    }

    func health(_ request: HealthCheckRequest) async throws -> HealthCheckResponse {
        var statuses: [ModuleHealth] = []
        for (module, context) in modules {
            if request.module.isEmpty || request.module == module.descriptor.id {
                let status: ServingStatus
                if let context, !shuttingDown() {
                    status = await module.checkHealth(context: context)
                } else {
                    status = .notServing
                }
                statuses.append(ModuleHealth(module: module.descriptor.id, status: status))
            }
        }
        if !request.module.isEmpty {
            guard let status = statuses.first?.status else {
                throw RPCError.notFound("no module '\(EchoedText.quoted(request.module))' is compiled into this host")
            }
            return HealthCheckResponse(status: status, modules: statuses, version: version, limits: limits)
        }
        let storageAnswers = await storage.ping()
        let serving = !shuttingDown() && storageAnswers
        return HealthCheckResponse(
            status: serving ? .serving : .notServing, modules: statuses, version: version, limits: limits)
    }
}

extension HostLimits {
    /// The limits as a client sees them on the wire.
    init(_ limits: WireLimits) {
        func milliseconds(_ duration: Duration) -> UInt64 {
            UInt64(duration.components.seconds) * 1000 + UInt64(duration.components.attoseconds / 1_000_000_000_000_000)
        }
        self.init(
            maxFrameBytes: UInt32(clamping: limits.maxFrameBytes),
            maxMessageBytes: UInt32(clamping: limits.maxMessageBytes),
            maxCallsPerConnection: UInt32(clamping: limits.maxCallsPerConnection),
            maxMethodNameBytes: UInt32(WireLimits.maxMethodNameBytes),
            idleTimeoutMs: milliseconds(limits.idleTimeout),
            prefaceTimeoutMs: milliseconds(limits.prefaceTimeout),
            connectionBufferBytes: UInt64(limits.connectionBufferBytes),
            stalledWriteTimeoutMs: milliseconds(limits.stalledWriteTimeout),
            compressionThresholdBytes: UInt32(clamping: limits.compressionThresholdBytes),
            maxConnections: UInt32(clamping: limits.maxConnections)
        )
    }
}
