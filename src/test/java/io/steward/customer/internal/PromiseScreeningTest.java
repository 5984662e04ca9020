package io.steward.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.customer.Interviews.PromiseHit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromiseScreeningTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I said the return is guaranteed, a guaranteed return of 4% | guaranteed return",
            "Told her the principal is protected | principal is protected",
            "It is basically risk-free | risk-free",
            "There is no risk at all | no risk",
            "You cannot lose money with this one | cannot lose",
            "It is as safe as a bank deposit | as safe as a bank deposit",
            "Expected annualized return of 5.2% | Expected annualized return of 5.2%",
            "这个产品保本 | 保本",
            "可以保证收益 | 保证收益",
            "稳赚不赔的产品 | 稳赚不赔",
            "零风险 | 零风险",
            "基本没有风险 | 没有风险",
            "和存款一样安全 | 和存款一样",
            "预期年化收益率4.5% | 预期年化收益率4.5%",
            "属于刚性兑付 | 刚性兑付",
            "包赚的 | 包赚",
            "肯定不会亏 | 不会亏"})
    void promises_staff_must_not_make_are_found_in_english_and_chinese(String text, String phrase) {
        List<PromiseHit> hits = PromiseScreening.scan(Map.of("productsConsidered", text));

        assertThat(hits).extracting(PromiseHit::phrase).contains(phrase);
        assertThat(hits).allSatisfy(hit -> {
            assertThat(hit.field()).isEqualTo("productsConsidered");
            assertThat(text).contains(hit.excerpt().replace("…", "").strip());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Explained the product's risk level R3 and that the value can fall.",
            "客户了解产品可能亏损本金，风险等级为R2。", "Discussed a deposit and a bond fund; she prefers the deposit.",
            "The customer expects to need the money in 2027."})
    void an_honest_record_is_not_flagged(String text) {
        assertThat(PromiseScreening.scan(Map.of("financialSituation", text))).isEmpty();
    }
}
