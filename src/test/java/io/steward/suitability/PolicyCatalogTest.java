package io.steward.suitability;

import io.steward.suitability.CatalogEntry.Enforcement;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog holds every rule of DESIGN §3, each explained in both languages and tied to its source. */
class PolicyCatalogTest {

    /** The rule ids of DESIGN §3 and the passages quoted there, in the order of the table. */
    private static final Map<String, String> DESIGN_SECTION_3 = new LinkedHashMap<>();

    static {
        DESIGN_SECTION_3.put("QUAL-1", "(a) to produce documents");
        DESIGN_SECTION_3.put("ASSESS-1", "Customers who fail the risk tolerance test…");
        DESIGN_SECTION_3.put("ASSESS-2", "Customers who fail the risk tolerance test…");
        DESIGN_SECTION_3.put("ASSESS-3", "strictly prohibited from inducing customers to repeat evaluations");
        DESIGN_SECTION_3.put("ASSESS-4", "Minor investors must complete the risk tolerance assessment under the guidance of their legal guardians");
        DESIGN_SECTION_3.put("MATCH-1", "When a customer voluntarily requests to buy a product with a risk level higher…");
        DESIGN_SECTION_3.put("MATCH-2", "However, customers are elderly customers over 65 years old or underage customers under 18 years old.");
        DESIGN_SECTION_3.put("ELDER-1", "forbidden to sell products with a risk rating of R4 or above to elderly investors");
        DESIGN_SECTION_3.put("ELDER-2", "(3) If an elderly investor aged 65 or above decides to buy a product with a risk level of R3…");
        DESIGN_SECTION_3.put("MINOR-1", "Minor investors can only complete a series of product subscription procedures…");
        DESIGN_SECTION_3.put("FUND-1", "short-term funds cannot be used for long-term investment");
        DESIGN_SECTION_3.put("FUND-2", "funds with specific purposes or sources…");
        DESIGN_SECTION_3.put("PROD-1", "product shelf");
        DESIGN_SECTION_3.put("CONF-1", "\"(2) Compliance sales\" items 1–5");
        DESIGN_SECTION_3.put("CONF-2", "fully explain all product elements");
        DESIGN_SECTION_3.put("MAT-1", "must be provided by the retail banking department…");
        DESIGN_SECTION_3.put("COOL-1", "regulation beyond the source (24 h in China's 2021 sales rules)");
        DESIGN_SECTION_3.put("REC-1", "regulation beyond the source (China's 2017 \"dual recording\" rules)");
        DESIGN_SECTION_3.put("REC-2", "\"3. Complete the record and filing management…\"; China's 2021 sales rules list such practices");
        DESIGN_SECTION_3.put("PRIV-1", "(3) Keeping secrets for customers");
    }

    @Test
    void the_catalog_lists_every_rule_of_design_section_3_once_in_its_order() {
        assertThat(PolicyCatalog.entries()).extracting(entry -> entry.id().code())
                .containsExactlyElementsOf(DESIGN_SECTION_3.keySet());
        assertThat(RuleId.values()).hasSameSizeAs(DESIGN_SECTION_3.keySet());
    }

    @Test
    void every_rule_quotes_its_source_passage_as_design_section_3_does() {
        for (CatalogEntry entry : PolicyCatalog.entries()) {
            assertThat(entry.sourcePassage()).as(entry.id().code()).isEqualTo(DESIGN_SECTION_3.get(entry.id().code()));
        }
    }

    @Test
    void every_rule_is_explained_in_english_and_simplified_chinese_and_says_where_it_is_enforced() {
        assertThat(PolicyCatalog.entries()).allSatisfy(entry -> {
            assertThat(entry.ruleEn()).as(entry.id() + " en").isNotBlank().doesNotContainPattern("\\p{IsHan}");
            assertThat(entry.ruleZh()).as(entry.id() + " zh").isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(entry.enforcedWhere()).as(entry.id() + " where").isNotBlank();
        });
    }

    @Test
    void every_rule_lives_in_a_class_named_after_what_it_protects() throws ReflectiveOperationException {
        for (CatalogEntry entry : PolicyCatalog.entries()) {
            Class<?> rule = Class.forName("io.steward.suitability.rules." + entry.ruleClass());
            assertThat(rule.getField("ENTRY").getType()).as(entry.ruleClass()).isEqualTo(CatalogEntry.class);
        }
        assertThat(PolicyCatalog.entry(RuleId.ELDER_1).ruleClass()).isEqualTo("ElderlyNeverAboveR3");
        assertThat(PolicyCatalog.entry(RuleId.FUND_2).ruleClass()).isEqualTo("EarmarkedMoneyStaysOutOfHighRisk");
    }

    @Test
    void the_sale_decision_evaluates_exactly_the_sale_rules_and_states_the_conf_obligations() {
        assertThat(PolicyCatalog.entries()).filteredOn(entry -> entry.enforcement() == Enforcement.SALE_DECISION)
                .extracting(entry -> entry.id().code())
                .containsExactlyInAnyOrder("QUAL-1", "ASSESS-1", "ASSESS-2", "MATCH-1", "MATCH-2", "ELDER-1", "ELDER-2",
                        "MINOR-1", "FUND-1", "FUND-2", "PROD-1", "COOL-1", "REC-1");
        assertThat(PolicyCatalog.entries()).filteredOn(entry -> entry.enforcement() == Enforcement.SALE_OBLIGATION)
                .extracting(entry -> entry.id().code()).containsExactlyInAnyOrder("CONF-1", "CONF-2");
        assertThat(PolicyCatalog.entries()).filteredOn(entry -> entry.enforcement() == Enforcement.ASSESSMENT_DECISION)
                .extracting(entry -> entry.id().code()).containsExactlyInAnyOrder("ASSESS-3", "ASSESS-4");
        assertThat(PolicyCatalog.entries()).filteredOn(entry -> entry.enforcement() == Enforcement.MATERIAL_DECISION)
                .extracting(entry -> entry.id().code()).containsExactly("MAT-1");
        assertThat(PolicyCatalog.entries()).filteredOn(entry -> entry.enforcement() == Enforcement.OTHER_MODULE)
                .extracting(entry -> entry.id().code()).containsExactlyInAnyOrder("REC-2", "PRIV-1");
    }

    @Test
    void rule_ids_print_and_parse_as_in_design_section_3() {
        for (RuleId id : RuleId.values()) {
            assertThat(RuleId.ofCode(id.code())).isSameAs(id);
            assertThat(id).hasToString(id.code());
            assertThat(PolicyCatalog.entry(id).id()).isSameAs(id);
        }
        assertThatThrownBy(() -> RuleId.ofCode("ELDER-3")).hasMessageContaining("no rule ELDER-3");
    }
}
