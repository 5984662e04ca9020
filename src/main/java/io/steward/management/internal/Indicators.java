package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.management.Metric;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appraisal indicators of each post (Article 7: "clarify the performance evaluation and assessment methods of
 * employees in each post"), configured by the manager: an indicator either follows a measured {@link Metric} against
 * the employee's monthly target, or is scored by the manager. The weights of a post add up to 100.
 */
@Service
@Transactional
public class Indicators {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Indicators(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Indicator(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
            @NotBlank @Size(max = 200) String name, Metric metric, @NotNull @Min(1) @Max(100) Integer weight) {
    }

    public List<Indicator> set(Department department, Role post, List<Indicator> indicators, String actor) {
        int total = indicators.stream().mapToInt(Indicator::weight).sum();
        if (total != 100) {
            throw DomainRefusal.invalid("indicator-weights", "The weights add up to " + total + ", not 100", total);
        }
        Set<String> codes = new HashSet<>();
        indicators.forEach(indicator -> {
            if (!codes.add(indicator.code())) {
                throw DomainRefusal.invalid("indicator-duplicate", "Indicator " + indicator.code() + " appears twice",
                        indicator.code());
            }
        });
        jdbc.sql("delete from mgmt_indicator where department = ? and post = ?").params(department.manager(), post.name()).update();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            jdbc.sql("""
                    insert into mgmt_indicator (department, post, code, name, metric, weight, position)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(department.manager(), post.name(), indicator.code(), indicator.name().trim(),
                            indicator.metric() == null ? null : indicator.metric().name(), indicator.weight(), i)
                    .update();
        }
        audit.record(AuditEntry.of("INDICATORS_SET", "department", department.manager(), Map.of("post", post,
                "indicators", indicators.stream().map(i -> Map.of("code", i.code(), "weight", i.weight(),
                        "metric", String.valueOf(i.metric()))).toList())).by(actor));
        return of(department.manager(), post);
    }

    @Transactional(readOnly = true)
    public List<Indicator> of(String department, Role post) {
        return jdbc.sql("select code, name, metric, weight from mgmt_indicator where department = ? and post = ? order by position")
                .params(department, post.name())
                .query((rs, n) -> new Indicator(rs.getString("code"), rs.getString("name"),
                        rs.getString("metric") == null ? null : Metric.valueOf(rs.getString("metric")), rs.getInt("weight")))
                .list();
    }

    /** The post an employee is appraised for: their practising role first. */
    public static Role postOf(Set<Role> roles) {
        for (Role role : List.of(Role.PRACTITIONER, Role.ASSISTANT, Role.STAFF)) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return Role.STAFF;
    }
}
