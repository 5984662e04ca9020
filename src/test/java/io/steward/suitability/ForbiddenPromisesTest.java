package io.steward.suitability;

import io.steward.suitability.ForbiddenPromises.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** REC-2: the phrases staff must not use are found in English and Chinese, and the commonest honest ones are not. */
class ForbiddenPromisesTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "I told her this fund has a guaranteed return.                  | guaranteed return             | GUARANTEED_RETURN",
            "Returns are guaranteed, he said.                               | Returns are guaranteed        | GUARANTEED_RETURN",
            "There is no risk at all.                                       | no risk                       | NO_RISK",
            "It is a risk-free choice.                                      | risk-free                     | NO_RISK",
            "The principal guaranteed note suits him.                       | principal guaranteed          | GUARANTEED_PRINCIPAL",
            "Capital is fully protected.                                    | Capital is fully protected    | GUARANTEED_PRINCIPAL",
            "这款产品保本保收益。                                              | 保本保收益                      | GUARANTEED_RETURN",
            "客户经理说稳赚不赔。                                              | 稳赚不赔                        | GUARANTEED_RETURN",
            "这个产品保本。                                                   | 保本                           | GUARANTEED_PRINCIPAL",
            "零风险的理财。                                                   | 零风险                          | NO_RISK",
            "Expected return of 5% a year.                                  | Expected return of 5%         | EXPECTED_RETURN_FIGURE",
            "the expected annualised yield is about 4.2 % this year         | expected annualised yield is about 4.2 % | EXPECTED_RETURN_FIGURE",
            "an expected 6% return                                          | expected 6% return            | EXPECTED_RETURN_FIGURE",
            "预期年化收益率4.5%。                                              | 预期年化收益率4.5%                | EXPECTED_RETURN_FIGURE",
            "It is as safe as a deposit.                                    | as safe as a deposit          | LIKE_A_DEPOSIT",
            "Just like a bank deposit, only better.                         | Just like a bank deposit      | LIKE_A_DEPOSIT",
            "这个和定期存款一样。                                               | 和定期存款一样                   | LIKE_A_DEPOSIT",
            "相当于银行存款。                                                  | 相当于银行存款                   | LIKE_A_DEPOSIT"})
    void flags_forbidden_promises(String text, String phrase, Kind kind) {
        assertThat(ForbiddenPromises.findIn(text)).singleElement().satisfies(finding -> {
            assertThat(finding.phrase()).isEqualTo(phrase);
            assertThat(finding.kind()).isEqualTo(kind);
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(phrase);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The return is not guaranteed and the product may lose value.",
            "This product is not risk-free.",
            "Unlike a deposit, this product is not protected by deposit insurance.",
            "Customer prefers R2 products; performance benchmark 3.5% explained, with its risks.",
            "Reasons for not buying: needs the money for her daughter's education in two years.",
            "这款产品不是无风险的，业绩比较基准为3%。",
            "客户家庭情况：已婚，两个孩子。"})
    void leaves_honest_notes_alone(String text) {
        assertThat(ForbiddenPromises.findIn(text)).isEmpty();
    }

    @Test
    void finds_every_promise_in_a_note_in_order() {
        String note = "Told him it is principal guaranteed, expected return of 6%, 稳赚不赔, as safe as a deposit.";

        assertThat(ForbiddenPromises.phrasesIn(note))
                .containsExactly("principal guaranteed", "expected return of 6%", "稳赚不赔", "as safe as a deposit");
        assertThat(ForbiddenPromises.findIn(note)).extracting(ForbiddenPromises.Finding::kind).containsExactly(
                Kind.GUARANTEED_PRINCIPAL, Kind.EXPECTED_RETURN_FIGURE, Kind.GUARANTEED_RETURN, Kind.LIKE_A_DEPOSIT);
    }
}
