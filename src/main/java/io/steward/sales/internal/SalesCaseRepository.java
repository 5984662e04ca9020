package io.steward.sales.internal;

import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import io.steward.sales.SaleCaseView;
import io.steward.suitability.Condition;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sales case tables: cases, their steps (the timeline) and their evidence. */
@Repository
class SalesCaseRepository {

    /** PostgreSQL's answer to FOR UPDATE NOWAIT on a row another transaction holds. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final Clock clock;

    SalesCaseRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record NewCase(long customerId, String customerNumber, String productCode, BigDecimal amount, String currency,
            long fundId, boolean customerInitiated, String channel, String practitioner, String institutionCode,
            CaseState state, Set<Condition> conditions, long openingDecisionId) {
    }

    /** The row of a case as the services need it, beyond the aggregate's own state. */
    record CaseRow(long id, String number, long customerId, String customerNumber, String productCode,
            BigDecimal amount, String currency, long fundId, boolean customerInitiated, String channel,
            String practitioner, String institutionCode, CaseState state, Set<Condition> conditions,
            long openingDecisionId, Long submissionDecisionId, Long confirmationRequest, Long cancellationRequest,
            Instant openedAt, Instant customerConfirmedAt, String witness, Instant witnessedAt, Instant submittedAt,
            String applicationForm, String applicationFormSha256, Instant coolingOffUntil, Instant releasedAt,
            Instant cancelledAt, String cancelledBy, String cancelReason, long version, boolean hasEvidence) {
    }

    String insert(NewCase sale) {
        String number = "S" + String.format("%08d",
                jdbc.sql("select nextval('sales_case_number_seq')").query(Long.class).single());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into sales_case (number, customer_id, customer_number, product_code, amount, currency, fund_id,
                    customer_initiated, channel, practitioner, institution_code, state, conditions,
                    opening_decision_id, opened_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(number, sale.customerId(), sale.customerNumber(), sale.productCode(), sale.amount(),
                        sale.currency(), sale.fundId(), sale.customerInitiated(), sale.channel(), sale.practitioner(),
                        sale.institutionCode(), sale.state().name(), names(sale.conditions()),
                        sale.openingDecisionId(), now, now)
                .query(Long.class).single();
        jdbc.sql("update suitability_decision set case_id = ? where id = ?").params(id, sale.openingDecisionId()).update();
        return number;
    }

    /**
     * The case, locked for a move: a second move of the same case at the same moment is refused at once (409)
     * rather than waiting, so two submissions give one winner.
     */
    SalesCase lockForMove(String number) {
        try {
            return jdbc.sql(SELECT + " where number = ? for update nowait").param(number)
                    .query(SalesCaseRepository::row).optional()
                    .map(SalesCaseRepository::aggregate)
                    .orElseThrow(() -> unknown(number));
        } catch (PessimisticLockingFailureException | UncategorizedSQLException busy) {
            if (busy instanceof UncategorizedSQLException other && !LOCK_NOT_AVAILABLE.equals(other.getSQLException().getSQLState())) {
                throw other;
            }
            throw DomainRefusal.conflict("case-busy", "Someone else is moving this case right now", number);
        }
    }

    CaseRow row(String number) {
        return jdbc.sql(SELECT + " where number = ?").param(number).query(SalesCaseRepository::row).optional()
                .orElseThrow(() -> unknown(number));
    }

    java.util.Optional<CaseRow> bySubject(String subjectReference) {
        if (!subjectReference.startsWith("sales-case:")) {
            return java.util.Optional.empty();
        }
        return jdbc.sql(SELECT + " where number = ?").param(subjectReference.substring("sales-case:".length()))
                .query(SalesCaseRepository::row).optional();
    }

    /** Writes the aggregate's state back, with whatever else the move set (named columns of {@code sales_case}). */
    void save(SalesCase sale, Map<String, Object> columns) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("state", sale.state().name());
        values.put("conditions", names(sale.conditions()));
        values.put("witness", sale.witness());
        values.put("cooling_off_until", sale.coolingOffUntil() == null ? null
                : OffsetDateTime.ofInstant(sale.coolingOffUntil(), clock.getZone()));
        values.put("updated_at", OffsetDateTime.now(clock));
        StringBuilder sql = new StringBuilder("update sales_case set version = version + 1");
        values.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        sql.append(" where id = :id");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("id", sale.id());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            statement = statement.param(value.getKey(), value.getValue());
        }
        statement.update();
    }

    String statements(long caseId) {
        return jdbc.sql("select customer_statements from sales_case where id = ?").param(caseId).query(String.class)
                .single();
    }

    void linkConfirmation(long caseId, long requestId) {
        jdbc.sql("update sales_case set confirmation_request = ? where id = ?").params(requestId, caseId).update();
    }

    void step(long caseId, SalesCase.Move move, String actor, String details) {
        jdbc.sql("""
                insert into sales_case_step (case_id, step, from_state, to_state, actor, at, details)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, move.step(), move.from() == null ? null : move.from().name(), move.to().name(), actor,
                        OffsetDateTime.now(clock), details == null ? "{}" : details)
                .update();
    }

    List<SaleCaseView.Step> timeline(long caseId) {
        return jdbc.sql("select step, from_state, to_state, actor, at from sales_case_step where case_id = ? order by id")
                .param(caseId)
                .query((rs, n) -> new SaleCaseView.Step(rs.getString(1),
                        rs.getString(2) == null ? null : CaseState.valueOf(rs.getString(2)),
                        CaseState.valueOf(rs.getString(3)), rs.getString(4), instant(rs, 5)))
                .list();
    }

    void addEvidence(long caseId, String document, String filename, String mediaType, long size, String sha256,
            String uploadedBy) {
        jdbc.sql("""
                insert into sales_evidence (case_id, document, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, document, filename, mediaType, size, sha256, uploadedBy, OffsetDateTime.now(clock))
                .update();
    }

    List<SaleCaseView.Evidence> evidence(long caseId) {
        return jdbc.sql("""
                select id, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at
                from sales_evidence where case_id = ? order by id""")
                .param(caseId)
                .query((rs, n) -> new SaleCaseView.Evidence(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), instant(rs, 7)))
                .list();
    }

    String evidenceDocument(long caseId, long evidenceId) {
        return jdbc.sql("select document from sales_evidence where case_id = ? and id = ?").params(caseId, evidenceId)
                .query(String.class).optional()
                .orElseThrow(() -> DomainRefusal.notFound("unknown-evidence", "No such recording", evidenceId));
    }

    java.util.Optional<SaleCaseView.Delivery> delivery(long caseId) {
        return jdbc.sql("""
                select status, attempts, reference, last_error, delivered_at from core_banking_order where case_id = ?""")
                .param(caseId)
                .query((rs, n) -> new SaleCaseView.Delivery(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), instant(rs, 5)))
                .optional();
    }

    List<CaseRow> ofPractitioner(String practitioner, CaseState state) {
        return jdbc.sql(SELECT + "\n" + """
                 where practitioner = :practitioner and (cast(:state as varchar) is null or state = :state)
                 order by updated_at desc limit 500""")
                .param("practitioner", practitioner).param("state", state == null ? null : state.name())
                .query(SalesCaseRepository::row).list();
    }

    List<CaseRow> awaitingWitnessIn(Collection<String> institutionCodes) {
        if (institutionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where state = 'AWAITING_WITNESS' and institution_code in (:codes) order by updated_at")
                .param("codes", institutionCodes).query(SalesCaseRepository::row).list();
    }

    /** Cases whose cooling-off has ended, claimed so that two nodes do not release the same one. */
    List<String> coolingOffEndedBy(Instant now, int limit) {
        return jdbc.sql("""
                select number from sales_case where state = 'COOLING_OFF' and cooling_off_until <= ?
                order by cooling_off_until limit ? for update skip locked""")
                .params(OffsetDateTime.ofInstant(now, clock.getZone()), limit).query(String.class).list();
    }

    private static final String SELECT = """
            select id, number, customer_id, customer_number, product_code, amount, currency, fund_id,
                   customer_initiated, channel, practitioner, institution_code, state, conditions,
                   opening_decision_id, submission_decision_id, confirmation_request, cancellation_request,
                   opened_at, customer_confirmed_at, witness, witnessed_at, submitted_at, application_form,
                   application_form_sha256, cooling_off_until, released_at, cancelled_at, cancelled_by,
                   cancel_reason, version,
                   exists (select 1 from sales_evidence e where e.case_id = sales_case.id) as has_evidence
            from sales_case""";

    private static CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
                rs.getString("customer_number"), rs.getString("product_code"), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getLong("fund_id"), rs.getBoolean("customer_initiated"),
                rs.getString("channel"), rs.getString("practitioner"), rs.getString("institution_code"),
                CaseState.valueOf(rs.getString("state")), conditions(rs.getArray("conditions")),
                rs.getLong("opening_decision_id"), nullableLong(rs, "submission_decision_id"),
                nullableLong(rs, "confirmation_request"), nullableLong(rs, "cancellation_request"),
                instant(rs, "opened_at"), instant(rs, "customer_confirmed_at"), rs.getString("witness"),
                instant(rs, "witnessed_at"), instant(rs, "submitted_at"), rs.getString("application_form"),
                rs.getString("application_form_sha256"), instant(rs, "cooling_off_until"), instant(rs, "released_at"),
                instant(rs, "cancelled_at"), rs.getString("cancelled_by"), rs.getString("cancel_reason"),
                rs.getLong("version"), rs.getBoolean("has_evidence"));
    }

    private static SalesCase aggregate(CaseRow row) {
        return new SalesCase(row.id(), row.number(), row.practitioner(), row.state(), row.conditions(),
                row.customerConfirmedAt() != null, row.witness(), row.hasEvidence(), row.coolingOffUntil(),
                row.version());
    }

    private static Set<Condition> conditions(Array array) throws SQLException {
        EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (String name : (String[]) array.getArray()) {
            conditions.add(Condition.valueOf(name));
        }
        return conditions;
    }

    private static String[] names(Set<Condition> conditions) {
        return conditions.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static DomainRefusal unknown(String number) {
        return DomainRefusal.notFound("unknown-case", "No such sales case", number);
    }
}
