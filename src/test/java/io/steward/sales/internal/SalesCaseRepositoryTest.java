package io.steward.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.platform.DomainRefusal;
import io.steward.support.SalesTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case table as the aggregate's store: what one move read is what it writes back, or nothing. */
class SalesCaseRepositoryTest extends SalesTest {

    @Autowired
    SalesCaseRepository cases;

    @Test
    void a_case_moved_by_someone_else_since_it_was_read_is_not_written_over() {
        Registered customer = customerAged(40, "C3");
        String number = opened(customer, productOnShelf("R2", 90, 0), generalFund(customer), false);
        SalesCase stale = cases.lockForMove(number);
        assertThat(as("wang").post("/api/v1/sales/" + number + "/cancellation", Map.of("reason", "changed their mind"))
                .status()).isEqualTo(200);

        stale.cancelledByPractitioner("a stale second cancellation", clock.instant());
        assertThatThrownBy(() -> cases.save(stale))
                .isInstanceOf(DomainRefusal.class).extracting("code").isEqualTo("case-busy");

        assertThat(sale(number).get("cancelReason").asString()).isEqualTo("changed their mind");
    }
}
