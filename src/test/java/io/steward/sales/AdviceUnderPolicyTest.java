package io.steward.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.BankTest;
import io.steward.support.WebSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FUND-2's earmarked purposes are a parameter of the policy version in force: the advice's ranking and the customer
 * page read them from the version, not from a list of their own.
 */
class AdviceUnderPolicyTest extends BankTest {

    private static final String ISSUER = "Steward Bank Wealth Management";

    @Test
    void capital_protected_products_come_first_only_for_money_the_policy_in_force_earmarks() {
        LocalDate day = today().plusDays(1999);
        approvedVersionWithoutHousing(day);
        clock.fixAt(day.atTime(10, 0).atZone(clock.getZone()).toInstant());
        String practitioner = practitioner(institution("SUB_BRANCH", institution("BRANCH", "HO")));
        Registered customer = newCustomer(practitioner, today().minusYears(40));
        assessed(practitioner, customer, "C3");
        long housing = fund(practitioner, customer, "HOUSING");
        long pension = fund(practitioner, customer, "PENSION");
        String protectedShort = productOnShelf("R2", 30, 0, ISSUER, true);
        String longer = productOnShelf("R2", 60, 0, ISSUER, false);

        List<String> forHousing = suitable(practitioner, customer, housing);
        assertThat(forHousing.indexOf(longer)).as("housing money is not earmarked under this version")
                .isNotNegative().isLessThan(forHousing.indexOf(protectedShort));
        List<String> forPension = suitable(practitioner, customer, pension);
        assertThat(forPension.indexOf(protectedShort)).isNotNegative().isLessThan(forPension.indexOf(longer));

        String page = WebSession.signedIn(port, practitioner, DEMO_PASSWORD).get("/clients/" + customer.number()).body();
        assertThat(page).contains("text-bg-light border\">Housing<").contains("text-bg-info\">Pension<");
    }

    private void approvedVersionWithoutHousing(LocalDate effectiveFrom) {
        Api.Response proposed = as("compliance").post("/api/v1/policy-versions", Map.ofEntries(
                Map.entry("effectiveFrom", effectiveFrom.toString()), Map.entry("elderlyAge", 65),
                Map.entry("minorAge", 18), Map.entry("highestLevelForElderly", "R3"),
                Map.entry("elderlyWitnessFrom", "R3"), Map.entry("earmarkedHighRiskFrom", "R4"),
                Map.entry("earmarkedPurposes", List.of("PENSION", "RETIREMENT", "EDUCATION", "MEDICAL")),
                Map.entry("assessmentValidityDays", 365), Map.entry("repeatAssessmentWindowDays", 30),
                Map.entry("afterDeniedSaleWindowDays", 7),
                Map.entry("recordingRequiredFor", List.of("ELDERLY_CUSTOMER", "OVERRIDE_SALE")),
                Map.entry("rationale", "Home-purchase savings are no longer earmarked")));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(as("compliance2").post("/api/v1/policy-versions/" + proposed.json().get("id").asLong() + "/approval",
                Map.of()).status()).isEqualTo(200);
    }

    private long fund(String practitioner, Registered customer, String purpose) {
        Api.Response added = as(practitioner).post("/api/v1/customers/" + customer.number() + "/funds", Map.of(
                "amount", "500000.00", "currency", "CNY", "purpose", purpose,
                "neededBackOn", today().plusYears(2).toString()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private List<String> suitable(String practitioner, Registered customer, long fund) {
        Api.Response advice = as(practitioner).get("/api/v1/customers/" + customer.number() + "/suitable-products?fundId="
                + fund);
        assertThat(advice.status()).as(advice.body()).isEqualTo(200);
        return advice.json().get("suitable").valueStream().map(s -> s.get("code").asString()).toList();
    }
}
