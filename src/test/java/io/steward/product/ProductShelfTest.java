package io.steward.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.platform.DomainRefusal;
import io.steward.product.ProductAdministration.NewProduct;
import io.steward.product.ProductAdministration.ReRating;
import io.steward.product.ProductAdministration.StatusChange;
import io.steward.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The facade other modules use: the facts of a sale on a day, and the events the shelf announces. */
@RecordApplicationEvents
class ProductShelfTest extends IntegrationTest {

    @Autowired
    ProductShelf shelf;

    @Autowired
    ProductAdministration administration;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_product_is_on_sale_from_the_day_its_window_opens_through_the_day_it_closes() {
        LocalDate opens = LocalDate.now(clock).plusDays(1);
        LocalDate closes = opens.plusDays(9);
        Product product = activate(draft(unique("ow").toUpperCase(), opens, closes, RiskLevel.R2));

        assertThat(product.onSaleOn(opens.minusDays(1))).isFalse();
        assertThat(product.onSaleOn(opens)).isTrue();
        assertThat(product.onSaleOn(closes)).isTrue();
        assertThat(product.onSaleOn(closes.plusDays(1))).isFalse();
        assertThat(shelf.onSaleOn(opens.minusDays(1))).extracting(Product::code).doesNotContain(product.code());
        assertThat(shelf.onSaleOn(opens)).extracting(Product::code).contains(product.code(), "CASH-DAILY")
                .doesNotContain("EQ-TECH", "FI-2Y-PLUS");
    }

    @Test
    void the_facts_of_a_sale_come_with_the_product() {
        Product growth = shelf.find("EQ-GROWTH").orElseThrow();

        assertThat(growth.riskLevel()).isEqualTo(RiskLevel.R4);
        assertThat(growth.coolingOffHours()).isEqualTo(24);
        assertThat(growth.hasCoolingOff()).isTrue();
        assertThat(growth.openEnded()).isTrue();
        assertThat(growth.saleWindow().closesOn()).isNull();
        assertThat(growth.minimumAmount()).isEqualByComparingTo("1000");
        assertThat(growth.currency()).isEqualTo("CNY");
        assertThat(growth.disclosure().elements()).containsOnlyKeys(DisclosureElement.values());
        assertThat(shelf.find("SN-PROTECT-180").orElseThrow().capitalProtected()).isTrue();
    }

    @Test
    void activating_a_draft_announces_it_once_and_re_rating_announces_both_levels() {
        Product product = activate(draft(unique("ev").toUpperCase(), LocalDate.now(clock), null, RiskLevel.R2));
        Product suspended = administration.changeStatus(product.code(),
                new StatusChange(ProductStatus.SUSPENDED, "review", product.version()));
        Product resumed = administration.changeStatus(product.code(),
                new StatusChange(ProductStatus.ACTIVE, null, suspended.version()));
        administration.reRate(product.code(), new ReRating(RiskLevel.R4, "new leverage", resumed.version()));

        assertThat(events.stream(ProductActivated.class).filter(e -> e.productCode().equals(product.code())))
                .as("resuming is not a first activation").hasSize(1);
        assertThat(events.stream(ProductReRated.class).filter(e -> e.productCode().equals(product.code())))
                .containsExactly(new ProductReRated(product.code(), RiskLevel.R2, RiskLevel.R4, LocalDate.now(clock)));
    }

    @Test
    void a_refused_change_announces_nothing() {
        Product product = activate(draft(unique("rf").toUpperCase(), LocalDate.now(clock), null, RiskLevel.R2));

        assertThatThrownBy(() -> administration.reRate(product.code(), new ReRating(RiskLevel.R5, "stale", 0L)))
                .isInstanceOf(DomainRefusal.class);

        assertThat(events.stream(ProductReRated.class)).noneMatch(e -> e.productCode().equals(product.code()));
        assertThat(shelf.find(product.code()).orElseThrow().riskLevel()).isEqualTo(RiskLevel.R2);
    }

    private Product draft(String code, LocalDate opens, LocalDate closes, RiskLevel risk) {
        return administration.create(new NewProduct(code, "Window test", "Steward Bank", ProductType.FIXED_INCOME, risk,
                30, false, new BigDecimal("1000.00"), "CNY", opens, closes, 0, "function", "benefits", "terms", "risks"));
    }

    private Product activate(Product draft) {
        return administration.changeStatus(draft.code(), new StatusChange(ProductStatus.ACTIVE, null, draft.version()));
    }
}
