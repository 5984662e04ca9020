package io.steward.customer.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerFunds;
import io.steward.customer.CustomerGrant;
import io.steward.customer.Fund;
import io.steward.customer.FundPurpose;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CustomerFundService implements CustomerFunds {

    private final JdbcClient jdbc;
    private final CustomerAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerFundService(JdbcClient jdbc, CustomerAccess access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Fund add(String number, NewFund request) {
        CustomerGrant grant = access.requireFull(number);
        LocalDate today = LocalDate.now(clock);
        if (!request.neededBackOn().isAfter(today)) {
            throw DomainRefusal.invalid("fund-horizon-past",
                    "The date the money is needed back must be after today", request.neededBackOn());
        }
        try {
            Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            throw DomainRefusal.invalid("unknown-currency", "Unknown currency " + request.currency(), request.currency());
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        long id = jdbc.sql("""
                insert into fund (customer_id, amount, currency, purpose, needed_back_on, note, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(grant.customerId(), request.amount(), request.currency(), request.purpose().name(),
                        request.neededBackOn(), note, grant.actor(), OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.record(AuditEntry.of("FUND_ADDED", "customer", number, Map.of("fundId", id,
                "amount", request.amount().toPlainString(), "currency", request.currency(),
                "purpose", request.purpose(), "neededBackOn", request.neededBackOn())));
        return new Fund(id, request.amount(), request.currency(), request.purpose(), request.neededBackOn(), note);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Fund> of(long customerId) {
        return jdbc.sql("""
                select id, amount, currency, purpose, needed_back_on, note from fund
                where customer_id = ? order by needed_back_on, id""")
                .param(customerId)
                .query((rs, n) -> new Fund(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getString("currency"),
                        FundPurpose.valueOf(rs.getString("purpose")), rs.getObject("needed_back_on", LocalDate.class),
                        rs.getString("note")))
                .list();
    }
}
