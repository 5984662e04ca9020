package io.steward.customer.internal;

import io.steward.access.Actors;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerFacts;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.Team;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a DEPARTMENT_MANAGER needs to reassign customers between the practitioners of the teams they lead: the
 * customer number, the masked name and the practitioner — nothing of the record itself. Each reading is audited.
 */
@Service
@Transactional
public class TeamCustomers {

    private final JdbcClient jdbc;
    private final Actors actors;
    private final StaffDirectory directory;
    private final AuditTrail audit;

    TeamCustomers(JdbcClient jdbc, Actors actors, StaffDirectory directory, AuditTrail audit) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.directory = directory;
        this.audit = audit;
    }

    public record Assignment(String number, String maskedName, String practitioner) {
    }

    /** The practitioners of the teams the current manager leads. */
    public List<String> practitioners() {
        TreeSet<String> members = new TreeSet<>();
        directory.teamsLedBy(actors.current().username()).stream().map(Team::members).forEach(members::addAll);
        return members.stream().filter(m -> directory.find(m).filter(s -> s.holds(Role.PRACTITIONER)).isPresent())
                .toList();
    }

    public List<Assignment> list() {
        List<String> practitioners = practitioners();
        List<Assignment> assignments = practitioners.isEmpty() ? List.of() : jdbc.sql("""
                select number, full_name, practitioner from customer where practitioner in (:practitioners)
                order by practitioner, number""")
                .param("practitioners", practitioners)
                .query((rs, n) -> new Assignment(rs.getString(1), CustomerFacts.maskName(rs.getString(2)), rs.getString(3)))
                .list();
        audit.recordRead(AuditEntry.of("CUSTOMER_LIST_VIEWED", "customer-book", actors.current().username(), Map.of(
                "view", "ASSIGNMENT", "count", assignments.size())));
        return assignments;
    }
}
