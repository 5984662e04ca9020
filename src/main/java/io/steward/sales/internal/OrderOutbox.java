package io.steward.sales.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.sales.CoreBankingGateway;
import io.steward.sales.CoreBankingGateway.Order;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of released orders. An order is written in the same transaction as the release, then delivered to
 * core banking at least once: due orders are claimed with {@code FOR UPDATE SKIP LOCKED} (so several nodes share
 * the work without delivering one order twice at the same moment), a failure is retried with exponential backoff
 * (5 s, 10 s, 20 s … at most an hour apart) and after {@code steward.core-banking.max-attempts} it is marked FAILED
 * for a person to look at and retry.
 */
@Service
public class OrderOutbox {

    private static final Logger log = LoggerFactory.getLogger(OrderOutbox.class);
    private static final int CLAIM = 50;

    private final JdbcClient jdbc;
    private final CoreBankingGateway coreBanking;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxAttempts;

    OrderOutbox(JdbcClient jdbc, CoreBankingGateway coreBanking, AuditTrail audit, JsonMapper json,
            TransactionTemplate transactions, Clock clock,
            @Value("${steward.core-banking.max-attempts:12}") int maxAttempts) {
        this.jdbc = jdbc;
        this.coreBanking = coreBanking;
        this.audit = audit;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** Joins the releasing transaction: the order exists exactly when the release was committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(long caseId, Order order) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into core_banking_order (case_id, idempotency_key, payload, status, next_attempt_at, created_at)
                values (?, ?, ?, 'PENDING', ?, ?)""")
                .params(caseId, order.idempotencyKey(), json.writeValueAsString(order), now, now).update();
    }

    @Scheduled(fixedDelayString = "${steward.core-banking.dispatch-interval:2s}",
            initialDelayString = "${steward.core-banking.dispatch-interval:2s}")
    void dispatchOnSchedule() {
        deliverDue();
    }

    /** Delivers every due order; answers how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (int claimed = CLAIM; claimed == CLAIM; ) {
            int[] batch = transactions.execute(status -> deliverBatch());
            claimed = batch[0];
            delivered += batch[1];
        }
        return delivered;
    }

    private int[] deliverBatch() {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.sql("""
                select id, case_id, payload, attempts from core_banking_order
                where status = 'PENDING' and next_attempt_at <= ?
                order by id limit ? for update skip locked""")
                .params(OffsetDateTime.ofInstant(now, clock.getZone()), CLAIM).query().listOfRows();
        int delivered = 0;
        for (Map<String, Object> row : due) {
            long id = ((Number) row.get("id")).longValue();
            int attempts = ((Number) row.get("attempts")).intValue() + 1;
            Order order = json.readValue((String) row.get("payload"), Order.class);
            try {
                String reference = coreBanking.deliver(order);
                jdbc.sql("""
                        update core_banking_order set status = 'DELIVERED', attempts = ?, reference = ?,
                            delivered_at = ?, last_error = null where id = ?""")
                        .params(attempts, reference, OffsetDateTime.ofInstant(now, clock.getZone()), id).update();
                audit.record(AuditEntry.of("ORDER_DELIVERED", "sales-case", order.caseNumber(),
                        Map.of("reference", reference, "attempts", attempts)).by("core-banking-outbox"));
                delivered++;
            } catch (RuntimeException failure) {
                boolean givingUp = attempts >= maxAttempts;
                String error = String.valueOf(failure.getMessage());
                jdbc.sql("""
                        update core_banking_order set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?
                        where id = ?""")
                        .params(givingUp ? "FAILED" : "PENDING", attempts,
                                OffsetDateTime.ofInstant(now.plus(backoff(attempts)), clock.getZone()),
                                error.length() > 500 ? error.substring(0, 500) : error, id)
                        .update();
                log.warn("Delivery of order for case {} failed (attempt {}): {}", order.caseNumber(), attempts, error);
                if (givingUp) {
                    audit.record(AuditEntry.of("ORDER_DELIVERY_FAILED", "sales-case", order.caseNumber(),
                            Map.of("attempts", attempts, "error", error)).by("core-banking-outbox"));
                }
            }
        }
        return new int[] {due.size(), delivered};
    }

    /** A FAILED order is queued again, now, by a person who has looked at it. */
    @Transactional
    public boolean retry(long orderId) {
        int updated = jdbc.sql("""
                update core_banking_order set status = 'PENDING', next_attempt_at = ? where id = ? and status = 'FAILED'""")
                .params(OffsetDateTime.now(clock), orderId).update();
        if (updated > 0) {
            audit.record(AuditEntry.of("ORDER_DELIVERY_RETRIED", "core-banking-order", orderId, Map.of()));
        }
        return updated > 0;
    }

    /** An order as the outbox page shows it. */
    public record OrderStatus(long id, String caseNumber, String status, int attempts, Instant nextAttemptAt,
            String lastError, String reference, Instant createdAt, Instant deliveredAt) {
    }

    public List<OrderStatus> list(String status) {
        return jdbc.sql("""
                select o.id, c.number, o.status, o.attempts, o.next_attempt_at, o.last_error, o.reference, o.created_at,
                       o.delivered_at
                from core_banking_order o join sales_case c on c.id = o.case_id
                where (cast(:status as varchar) is null or o.status = :status)
                order by case o.status when 'FAILED' then 0 when 'PENDING' then 1 else 2 end, o.id desc limit 500""")
                .param("status", status)
                .query((rs, n) -> new OrderStatus(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                        rs.getObject(9, OffsetDateTime.class) == null ? null : rs.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    static Duration backoff(int attempts) {
        long seconds = 5L << Math.min(attempts - 1, 20);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}
