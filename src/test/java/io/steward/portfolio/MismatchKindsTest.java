package io.steward.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.PortfolioTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each kind of mismatch, with a customer who has it and one who just avoids it, read from the analysis a practitioner
 * sees (the same statement the nightly scan runs).
 */
class MismatchKindsTest extends PortfolioTest {

    @Test
    void a_product_above_the_customers_level_is_a_mismatch_and_one_at_the_level_is_not() {
        String r3 = productOnShelf("R3", 0, 0);
        Registered c2 = customerAged(40, "C2");
        holds(c2, r3, generalFund(c2), "100000.00", today());
        Registered c3 = customerAged(40, "C3");
        holds(c3, r3, generalFund(c3), "100000.00", today());

        assertThat(mismatches(c2)).contains("ABOVE_LEVEL:" + r3);
        assertThat(kinds(c3)).doesNotContain("ABOVE_LEVEL");
    }

    @Test
    void a_lower_reassessment_puts_a_holding_above_the_level() {
        String r3 = productOnShelf("R3", 0, 0);
        Registered customer = customerAged(40, "C3");
        holds(customer, r3, generalFund(customer), "100000.00", today());
        assertThat(kinds(customer)).doesNotContain("ABOVE_LEVEL");

        clock.advance(Duration.ofDays(40));
        assessed("wang", customer, "C2");

        assertThat(mismatches(customer)).contains("ABOVE_LEVEL:" + r3);
    }

    @Test
    void a_customer_aged_65_or_more_holding_r4_is_a_mismatch_at_64_it_is_not() {
        String r4 = productOnShelf("R4", 0, 0);
        Registered elder = customerAged(70, "C5");
        holds(elder, r4, generalFund(elder), "100000.00", today().minusYears(6));
        Registered younger = customerAged(64, "C5");
        holds(younger, r4, generalFund(younger), "100000.00", today());
        Registered elderInR3 = customerAged(70, "C5");
        holds(elderInR3, productOnShelf("R3", 0, 0), generalFund(elderInR3), "100000.00", today());

        assertThat(mismatches(elder)).contains("ELDERLY_HIGH_RISK:" + r4);
        assertThat(portfolio(elder).get("mismatches").valueStream()
                .filter(m -> m.get("kind").asString().equals("ELDERLY_HIGH_RISK")).findFirst().orElseThrow()
                .get("args").get(2).asString()).isEqualTo("70");
        assertThat(kinds(younger)).doesNotContain("ELDERLY_HIGH_RISK");
        assertThat(kinds(elderInR3)).doesNotContain("ELDERLY_HIGH_RISK");
    }

    @Test
    void earmarked_money_in_high_risk_is_a_mismatch_in_r3_it_is_not() {
        Registered pensioner = customerAged(50, "C5");
        long pension = fund(pensioner, "PENSION", "500000.00", today().plusYears(10));
        String r4 = productOnShelf("R4", 0, 0);
        holds(pensioner, r4, pension, "100000.00", today());
        Registered careful = customerAged(50, "C5");
        long education = fund(careful, "EDUCATION", "500000.00", today().plusYears(10));
        holds(careful, productOnShelf("R3", 0, 0), education, "100000.00", today());
        Registered free = customerAged(50, "C5");
        holds(free, r4, generalFund(free), "100000.00", today());

        assertThat(mismatches(pensioner)).contains("EARMARKED_HIGH_RISK:" + r4);
        assertThat(kinds(careful)).doesNotContain("EARMARKED_HIGH_RISK");
        assertThat(kinds(free)).doesNotContain("EARMARKED_HIGH_RISK");
    }

    @Test
    void money_needed_back_before_the_product_matures_is_a_mismatch_a_product_ending_in_time_is_not() {
        Registered soon = customerAged(40, "C3");
        long wedding = fund(soon, "GENERAL", "200000.00", today().plusDays(100));
        String halfYear = productOnShelf("R2", 180, 0);
        holds(soon, halfYear, wedding, "100000.00", today());
        Registered inTime = customerAged(40, "C3");
        long trip = fund(inTime, "GENERAL", "200000.00", today().plusDays(100));
        holds(inTime, productOnShelf("R2", 90, 0), trip, "100000.00", today());

        assertThat(mismatches(soon)).contains("NEEDED_BEFORE_MATURITY:" + halfYear);
        assertThat(kinds(inTime)).doesNotContain("NEEDED_BEFORE_MATURITY");
    }

    @Test
    void more_than_40_percent_in_one_product_is_a_mismatch_exactly_40_is_not() {
        String a = productOnShelf("R2", 0, 0);
        String b = productOnShelf("R2", 0, 0);
        String c = productOnShelf("R2", 0, 0);
        Registered concentrated = customerAged(40, "C3");
        long fund = generalFund(concentrated);
        holds(concentrated, a, fund, "50000.00", today());
        holds(concentrated, b, fund, "25000.00", today());
        holds(concentrated, c, fund, "25000.00", today());
        Registered spread = customerAged(40, "C3");
        long other = generalFund(spread);
        holds(spread, a, other, "40000.00", today());
        holds(spread, b, other, "30000.00", today());
        holds(spread, c, other, "30000.00", today());

        assertThat(mismatches(concentrated)).containsExactly("CONCENTRATION_PRODUCT:" + a);
        assertThat(kinds(spread)).isEmpty();
    }

    @Test
    void more_than_60_percent_with_one_issuer_is_a_mismatch_60_is_not_and_the_banks_own_arm_is_exempt() {
        String issuer = unique("Issuer ");
        String x = productOfIssuer(issuer, "R2", 0);
        String y = productOfIssuer(issuer, "R2", 0);
        String own = productOnShelf("R2", 0, 0);
        String ownToo = productOnShelf("R2", 0, 0);
        Registered concentrated = customerAged(40, "C3");
        long fund = generalFund(concentrated);
        holds(concentrated, x, fund, "35000.00", today());
        holds(concentrated, y, fund, "35000.00", today());
        holds(concentrated, own, fund, "30000.00", today());
        Registered spread = customerAged(40, "C3");
        long other = generalFund(spread);
        holds(spread, x, other, "30000.00", today());
        holds(spread, y, other, "30000.00", today());
        holds(spread, own, other, "20000.00", today());
        holds(spread, ownToo, other, "20000.00", today());

        assertThat(mismatches(concentrated)).containsExactly("CONCENTRATION_ISSUER:" + issuer);
        assertThat(kinds(spread)).isEmpty();
    }

    @Test
    void holdings_without_a_valid_assessment_are_a_mismatch_until_it_expires_they_are_not() {
        String r2 = productOnShelf("R1", 0, 0);
        Registered never = customerAged(40, null);
        holds(never, r2, generalFund(never), "100000.00", today());
        Registered assessed = customerAged(40, "C3");
        holds(assessed, r2, generalFund(assessed), "100000.00", today());

        assertThat(mismatches(never)).containsExactly("NO_VALID_ASSESSMENT:*");
        assertThat(kinds(assessed)).isEmpty();

        clock.advance(Duration.ofDays(365));
        assertThat(kinds(assessed)).containsExactly("NO_VALID_ASSESSMENT");
    }
}
