package io.steward.customer.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerTasks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class CustomerTaskService implements CustomerTasks {

    private static final String SELECT = """
            select t.id, t.customer_id, c.number, t.assignee, t.type, t.text_key, t.text_args, t.due_on, t.created_at
            from customer_task t left join customer c on c.id = t.customer_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerTaskService(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean raise(NewTask task) {
        List<Long> raised = jdbc.sql("""
                insert into customer_task (customer_id, assignee, type, text_key, text_args, dedup_key, status, due_on, created_at)
                values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                on conflict (dedup_key) where status = 'OPEN' do nothing
                returning id""")
                .params(task.customerId(), task.assignee(), task.type(), task.textKey(),
                        json.writeValueAsString(task.textArgs()), task.dedupKey(), task.dueOn(), OffsetDateTime.now(clock))
                .query(Long.class).list();
        if (raised.isEmpty()) {
            return false;
        }
        Map<String, Object> details = new HashMap<>();
        details.put("taskId", raised.getFirst());
        details.put("type", task.type());
        details.put("assignee", task.assignee());
        details.put("dedupKey", task.dedupKey());
        audit.record(task.customerId() == null
                ? AuditEntry.of("TASK_RAISED", "staff", task.assignee(), details)
                : AuditEntry.of("TASK_RAISED", "customer", numberOf(task.customerId()), details));
        return true;
    }

    @Override
    public void close(String dedupKey) {
        jdbc.sql("""
                update customer_task t set status = 'DONE', closed_at = ? where dedup_key = ? and status = 'OPEN'
                returning t.id, t.assignee, (select c.number from customer c where c.id = t.customer_id)""")
                .params(OffsetDateTime.now(clock), dedupKey)
                .query((rs, n) -> {
                    Map<String, Object> details = Map.of("taskId", rs.getLong(1), "dedupKey", dedupKey);
                    return rs.getString(3) == null ? AuditEntry.of("TASK_CLOSED", "staff", rs.getString(2), details)
                            : AuditEntry.of("TASK_CLOSED", "customer", rs.getString(3), details);
                }).list()
                .forEach(audit::record);
    }

    @Override
    public int raiseAll(List<NewTask> tasks) {
        if (tasks.isEmpty()) {
            return 0;
        }
        int size = tasks.size();
        Long[] customers = new Long[size];
        String[] assignees = new String[size];
        String[] types = new String[size];
        String[] textKeys = new String[size];
        String[] textArgs = new String[size];
        String[] dedupKeys = new String[size];
        String[] dueOn = new String[size];
        for (int i = 0; i < size; i++) {
            NewTask task = tasks.get(i);
            customers[i] = task.customerId();
            assignees[i] = task.assignee();
            types[i] = task.type();
            textKeys[i] = task.textKey();
            textArgs[i] = json.writeValueAsString(task.textArgs());
            dedupKeys[i] = task.dedupKey();
            dueOn[i] = task.dueOn() == null ? null : task.dueOn().toString();
        }
        // a key given twice in one call counts once, like two calls of raise
        List<AuditEntry> raised = jdbc.sql("""
                with given as (
                    select distinct on (dedup_key) *
                    from unnest(cast(:customers as bigint[]), cast(:assignees as text[]), cast(:types as text[]),
                                cast(:textKeys as text[]), cast(:textArgs as text[]), cast(:dedupKeys as text[]),
                                cast(cast(:dueOn as text[]) as date[]))
                         as t(customer_id, assignee, type, text_key, text_args, dedup_key, due_on)
                ), inserted as (
                    insert into customer_task (customer_id, assignee, type, text_key, text_args, dedup_key, status, due_on, created_at)
                    select customer_id, assignee, type, text_key, text_args, dedup_key, 'OPEN', due_on, :now from given
                    on conflict (dedup_key) where status = 'OPEN' do nothing
                    returning id, customer_id, assignee, type, dedup_key
                )
                select i.id, i.assignee, i.type, i.dedup_key, c.number
                from inserted i left join customer c on c.id = i.customer_id order by i.id""")
                .param("customers", customers).param("assignees", assignees).param("types", types)
                .param("textKeys", textKeys).param("textArgs", textArgs).param("dedupKeys", dedupKeys)
                .param("dueOn", dueOn)
                .param("now", OffsetDateTime.now(clock))
                .query((rs, n) -> {
                    Map<String, Object> details = new HashMap<>();
                    details.put("taskId", rs.getLong(1));
                    details.put("type", rs.getString(3));
                    details.put("assignee", rs.getString(2));
                    details.put("dedupKey", rs.getString(4));
                    return rs.getString(5) == null ? AuditEntry.of("TASK_RAISED", "staff", rs.getString(2), details)
                            : AuditEntry.of("TASK_RAISED", "customer", rs.getString(5), details);
                }).list();
        if (!raised.isEmpty()) {
            audit.recordAll(raised);
        }
        return raised.size();
    }

    @Override
    public int closeAll(Collection<String> dedupKeys) {
        if (dedupKeys.isEmpty()) {
            return 0;
        }
        List<AuditEntry> closed = jdbc.sql("""
                update customer_task t set status = 'DONE', closed_at = :now
                where dedup_key = any(cast(:keys as text[])) and status = 'OPEN'
                returning t.id, t.assignee, t.dedup_key, (select c.number from customer c where c.id = t.customer_id)""")
                .param("now", OffsetDateTime.now(clock)).param("keys", dedupKeys.toArray(String[]::new))
                .query((rs, n) -> {
                    Map<String, Object> details = Map.of("taskId", rs.getLong(1), "dedupKey", rs.getString(3));
                    return rs.getString(4) == null ? AuditEntry.of("TASK_CLOSED", "staff", rs.getString(2), details)
                            : AuditEntry.of("TASK_CLOSED", "customer", rs.getString(4), details);
                }).list();
        if (!closed.isEmpty()) {
            audit.recordAll(closed);
        }
        return closed.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> openFor(long customerId) {
        return jdbc.sql(SELECT + " where t.customer_id = ? and t.status = 'OPEN' order by t.due_on nulls last, t.id")
                .param(customerId).query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> openAssignedTo(String username) {
        return jdbc.sql(SELECT + " where t.assignee = ? and t.status = 'OPEN' order by t.due_on nulls last, t.id")
                .param(username).query(this::map).list();
    }

    /** Open tasks per customer, for the client book. */
    @Transactional(readOnly = true)
    Map<Long, Integer> openCounts(List<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select customer_id, count(*) from customer_task where status = 'OPEN' and customer_id in (:ids) group by customer_id")
                .param("ids", customerIds)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    void reassignOpenTasks(long customerId, String from, String to) {
        jdbc.sql("update customer_task set assignee = ? where customer_id = ? and assignee = ? and status = 'OPEN'")
                .params(to, customerId, from).update();
    }

    private String numberOf(long customerId) {
        return jdbc.sql("select number from customer where id = ?").param(customerId).query(String.class).single();
    }

    private Task map(ResultSet rs, int row) throws SQLException {
        Long customerId = rs.getObject("customer_id") == null ? null : rs.getLong("customer_id");
        List<String> args = json.readValue(rs.getString("text_args"), new TypeReference<List<String>>() { });
        return new Task(rs.getLong("id"), customerId, rs.getString("number"), rs.getString("assignee"),
                rs.getString("type"), rs.getString("text_key"), args, rs.getObject("due_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
