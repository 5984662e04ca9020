package io.steward.sales.internal;

import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import io.steward.sales.SaleCaseView;
import io.steward.suitability.Channel;
import io.steward.suitability.Condition;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sales case tables: cases (the {@link SalesCase} aggregate, written back whole with an optimistic version), their
 * steps (the timeline) and their evidence.
 */
@Repository
class SalesCaseRepository {

    /** PostgreSQL's answer to FOR UPDATE NOWAIT on a row another transaction holds. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SalesCaseRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A new case number, from the case number sequence. */
    String nextNumber() {
        return "S" + String.format("%08d",
                jdbc.sql("select nextval('sales_case_number_seq')").query(Long.class).single());
    }

    /** Stores a case just opened, links its opening decision to it and gives it its id. */
    void insert(SalesCase opened) {
        SalesCase.Sale sale = opened.sale();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into sales_case (number, customer_id, customer_number, product_code, amount, currency, fund_id,
                    customer_initiated, channel, practitioner, institution_code, state, conditions,
                    opening_decision_id, opened_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(opened.number(), sale.customerId(), sale.customerNumber(), sale.productCode(), sale.amount(),
                        sale.currency(), sale.fundId(), sale.customerInitiated(), sale.channel().name(),
                        sale.practitioner(), sale.institutionCode(), opened.state().name(), names(opened.conditions()),
                        opened.openingDecisionId(), at(opened.openedAt()), now)
                .query(Long.class).single();
        jdbc.sql("update suitability_decision set case_id = ? where id = ?").params(id, opened.openingDecisionId()).update();
        opened.stored(id);
    }

    /**
     * The case, locked for a move: a second move of the same case at the same moment is refused at once (409)
     * rather than waiting, so two submissions give one winner.
     */
    SalesCase lockForMove(String number) {
        try {
            return jdbc.sql(SELECT + " where number = ? for update nowait").param(number)
                    .query(this::aggregate).optional()
                    .orElseThrow(() -> unknown(number));
        } catch (PessimisticLockingFailureException | UncategorizedSQLException busy) {
            if (busy instanceof UncategorizedSQLException other && !LOCK_NOT_AVAILABLE.equals(other.getSQLException().getSQLState())) {
                throw other;
            }
            throw busy();
        }
    }

    /** The case to read, not to move. */
    SalesCase find(String number) {
        return jdbc.sql(SELECT + " where number = ?").param(number).query(this::aggregate).optional()
                .orElseThrow(() -> unknown(number));
    }

    /**
     * Writes the case back, every column the aggregate holds, if nobody wrote it since it was read (its version);
     * otherwise refuses (409 {@code case-busy}) and the move's transaction rolls back.
     */
    void save(SalesCase sale) {
        SalesCase.Confirmation confirmation = sale.confirmation();
        SalesCase.Witness witness = sale.witness();
        SalesCase.Form form = sale.applicationForm();
        SalesCase.Cancellation cancellation = sale.cancellation();
        int written = jdbc.sql("""
                update sales_case set state = :state, conditions = :conditions,
                    confirmation_request = :confirmationRequest, customer_confirmed_at = :confirmedAt,
                    customer_statements = :statements, witness = :witness, witnessed_at = :witnessedAt,
                    witness_warning_given = :witnessed, witness_intent_confirmed = :witnessed,
                    submission_decision_id = :submissionDecision, submitted_at = :submittedAt,
                    application_form = :form, application_form_sha256 = :formSha256,
                    cooling_off_until = :coolingOffUntil, cancellation_request = :cancellationRequest,
                    released_at = :releasedAt, cancelled_at = :cancelledAt, cancelled_by = :cancelledBy,
                    cancel_reason = :cancelReason, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("state", sale.state().name())
                .param("conditions", names(sale.conditions()))
                .param("confirmationRequest", sale.confirmationRequest())
                .param("confirmedAt", confirmation == null ? null : at(confirmation.at()))
                .param("statements", confirmation == null ? null : json.writeValueAsString(confirmation.statements()))
                .param("witness", witness == null ? null : witness.username())
                .param("witnessedAt", witness == null ? null : at(witness.at()))
                .param("witnessed", witness == null ? null : Boolean.TRUE)
                .param("submissionDecision", sale.submissionDecisionId())
                .param("submittedAt", at(sale.submittedAt()))
                .param("form", form == null ? null : form.reference())
                .param("formSha256", form == null ? null : form.sha256())
                .param("coolingOffUntil", at(sale.coolingOffUntil()))
                .param("cancellationRequest", sale.cancellationRequest())
                .param("releasedAt", at(sale.releasedAt()))
                .param("cancelledAt", cancellation == null ? null : at(cancellation.at()))
                .param("cancelledBy", cancellation == null ? null : cancellation.by())
                .param("cancelReason", cancellation == null ? null : cancellation.reason())
                .param("now", OffsetDateTime.now(clock))
                .param("id", sale.id())
                .param("version", sale.version())
                .update();
        if (written != 1) {
            throw busy();
        }
        sale.saved();
    }

    void step(long caseId, CaseEvent event, String actor, String details) {
        jdbc.sql("""
                insert into sales_case_step (case_id, step, from_state, to_state, actor, at, details)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, event.step(), event.from() == null ? null : event.from().name(), event.to().name(),
                        actor, OffsetDateTime.now(clock), details)
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

    void addEvidence(long caseId, CaseEvent.Recording recording, String uploadedBy) {
        jdbc.sql("""
                insert into sales_evidence (case_id, document, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, recording.document(), recording.filename(), recording.mediaType(), recording.sizeBytes(),
                        recording.sha256(), uploadedBy, OffsetDateTime.now(clock))
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

    List<SalesCase> ofPractitioner(String practitioner, CaseState state) {
        return jdbc.sql(SELECT + "\n" + """
                 where practitioner = :practitioner and (cast(:state as varchar) is null or state = :state)
                 order by updated_at desc limit 500""")
                .param("practitioner", practitioner).param("state", state == null ? null : state.name())
                .query(this::aggregate).list();
    }

    List<SalesCase> awaitingWitnessIn(Collection<String> institutionCodes) {
        if (institutionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where state = 'AWAITING_WITNESS' and institution_code in (:codes) order by updated_at")
                .param("codes", institutionCodes).query(this::aggregate).list();
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
                   cancel_reason, customer_statements, version,
                   exists (select 1 from sales_evidence e where e.case_id = sales_case.id) as has_evidence
            from sales_case""";

    private SalesCase aggregate(ResultSet rs, int n) throws SQLException {
        SalesCase.Sale sale = new SalesCase.Sale(rs.getLong("customer_id"), rs.getString("customer_number"),
                rs.getString("product_code"), rs.getBigDecimal("amount"), rs.getString("currency"), rs.getLong("fund_id"),
                rs.getBoolean("customer_initiated"), Channel.valueOf(rs.getString("channel")), rs.getString("practitioner"),
                rs.getString("institution_code"));
        Instant confirmedAt = instant(rs, "customer_confirmed_at");
        String statements = rs.getString("customer_statements");
        String witness = rs.getString("witness");
        String form = rs.getString("application_form");
        Instant cancelledAt = instant(rs, "cancelled_at");
        return new SalesCase(rs.getLong("id"), rs.getString("number"), sale, rs.getLong("opening_decision_id"),
                instant(rs, "opened_at"), CaseState.valueOf(rs.getString("state")), conditions(rs.getArray("conditions")),
                nullableLong(rs, "confirmation_request"),
                confirmedAt == null ? null : new SalesCase.Confirmation(confirmedAt, statements == null ? List.of()
                        : json.readValue(statements, new TypeReference<List<String>>() { })),
                witness == null ? null : new SalesCase.Witness(witness, instant(rs, "witnessed_at")),
                rs.getBoolean("has_evidence"), nullableLong(rs, "submission_decision_id"), instant(rs, "submitted_at"),
                form == null ? null : new SalesCase.Form(form, rs.getString("application_form_sha256")),
                instant(rs, "cooling_off_until"), nullableLong(rs, "cancellation_request"), instant(rs, "released_at"),
                cancelledAt == null ? null : new SalesCase.Cancellation(cancelledAt, rs.getString("cancelled_by"),
                        rs.getString("cancel_reason")),
                rs.getLong("version"));
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

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, clock.getZone());
    }

    private static DomainRefusal busy() {
        return DomainRefusal.conflict("case-busy", "Someone else is moving this case right now");
    }

    private static DomainRefusal unknown(String number) {
        return DomainRefusal.notFound("unknown-case", "No such sales case", number);
    }
}
