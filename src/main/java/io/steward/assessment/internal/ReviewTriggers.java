package io.steward.assessment.internal;

import io.steward.assessment.AssessmentPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ASSESS-3: "Personal financial practitioners are strictly prohibited from inducing customers to repeat evaluations
 * in order to promote products." An assessment confirmed on day D goes to review when
 * <ul>
 * <li>{@code REPEAT_ASSESSMENT}: the customer confirmed an earlier one at most 30 days before D (D - 30 … D), or</li>
 * <li>{@code AFTER_DENIED_SALE}: a sale to the customer was denied at most 7 days before D (D - 7 … D).</li>
 * </ul>
 * "Within N days" counts both ends, so day N still needs review and day N + 1 no longer does.
 */
@Component
class ReviewTriggers {

    static final String REPEAT_ASSESSMENT = "REPEAT_ASSESSMENT";
    static final String AFTER_DENIED_SALE = "AFTER_DENIED_SALE";

    private final AssessmentRows rows;
    private final AssessmentPolicy policy;
    private final JdbcClient jdbc;

    ReviewTriggers(AssessmentRows rows, AssessmentPolicy policy, JdbcClient jdbc) {
        this.rows = rows;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    record Triggers(List<String> names, LocalDate previousConfirmedOn, LocalDate deniedSaleOn) {

        boolean any() {
            return !names.isEmpty();
        }
    }

    Triggers of(long customerId, long assessmentId, LocalDate day) {
        List<String> names = new ArrayList<>();
        LocalDate previousConfirmedOn = rows.lastConfirmedBefore(customerId, assessmentId)
                .map(AssessmentRow::confirmedOn).orElse(null);
        if (previousConfirmedOn != null && !previousConfirmedOn.isBefore(day.minusDays(policy.repeatAssessmentDays()))) {
            names.add(REPEAT_ASSESSMENT);
        }
        Optional<LocalDate> deniedSaleOn = jdbc.sql("""
                select max(denied_on) from denied_sale_attempt where customer_id = ? and denied_on between ? and ?""")
                .params(customerId, day.minusDays(policy.afterDeniedSaleDays()), day)
                .query(LocalDate.class).optional();
        if (deniedSaleOn.isPresent()) {
            names.add(AFTER_DENIED_SALE);
        }
        return new Triggers(List.copyOf(names), previousConfirmedOn, deniedSaleOn.orElse(null));
    }
}
