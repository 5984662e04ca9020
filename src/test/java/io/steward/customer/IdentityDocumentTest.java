package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.platform.DomainRefusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityDocumentTest {

    @Test
    void the_published_example_number_is_valid_and_its_check_character_is_x_when_the_sum_says_ten() {
        // GB 11643-1999's own example
        assertThat(PrcResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(PrcResidentIdNumber.problemWith("11010519491231002X", LocalDate.of(1949, 12, 31), Gender.FEMALE))
                .isEmpty();
    }

    @Test
    void a_number_with_an_impossible_birth_date_is_refused_even_with_a_right_check_character() {
        String first17 = "11010519490231002"; // 31 February
        String number = first17 + PrcResidentIdNumber.checkCharacter(first17);

        assertThat(PrcResidentIdNumber.problemWith(number, null, null)).contains(PrcResidentIdNumber.Problem.BIRTH_DATE);
    }

    @ParameterizedTest
    @CsvSource({
            "PRC_PASSPORT, E12345678, true", "PRC_PASSPORT, G12345678, true", "PRC_PASSPORT, EA1234567, true",
            "PRC_PASSPORT, DE1234567, true", "PRC_PASSPORT, E1234567, false", "PRC_PASSPORT, X12345678, false",
            "HK_MACAO_PERMIT, H12345678, true", "HK_MACAO_PERMIT, M1234567890, true", "HK_MACAO_PERMIT, K12345678, false",
            "TAIWAN_PERMIT, 12345678, true", "TAIWAN_PERMIT, 1234567890, true", "TAIWAN_PERMIT, 1234567, false",
            "FOREIGN_PASSPORT, 533380006, true", "FOREIGN_PASSPORT, XK1234567, true", "FOREIGN_PASSPORT, 12AB34CD, true",
            "FOREIGN_PASSPORT, ABCDEFGH, false", "FOREIGN_PASSPORT, 12.34.56, false"})
    void passports_and_permits_are_checked_by_format(IdentityDocumentType type, String number, boolean valid) {
        IdentityDocument document = IdentityDocument.of(type, number);
        if (valid) {
            assertThat(document.validated(null, null).number()).isEqualTo(number);
        } else {
            assertThatThrownBy(() -> document.validated(null, null)).isInstanceOf(DomainRefusal.class)
                    .extracting(e -> ((DomainRefusal) e).code()).isEqualTo("identity-document-format");
        }
    }

    @Test
    void spaces_and_hyphens_typed_into_a_number_do_not_count() {
        assertThat(IdentityDocument.of(IdentityDocumentType.PRC_PASSPORT, " e 1234-5678 ").number()).isEqualTo("E12345678");
    }

    @ParameterizedTest
    @CsvSource({"138 0013 8000, 13800138000", "+86 138-0013-8000, 13800138000", "8613800138000, 13800138000",
            "+852 9123 4567, +85291234567"})
    void phone_numbers_are_stored_in_one_form(String typed, String stored) {
        assertThat(PhoneNumber.normalize(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"12800138000", "1380013800", "phone", "+0123456789"})
    void what_is_not_a_phone_number_is_refused(String typed) {
        assertThatThrownBy(() -> PhoneNumber.normalize(typed)).isInstanceOf(DomainRefusal.class);
    }

    @Test
    void a_masked_name_is_the_surname_and_a_star_and_ages_change_on_the_birthday() {
        assertThat(CustomerFacts.maskName("王建国")).isEqualTo("王*");
        assertThat(CustomerFacts.maskName("Wang Fang")).isEqualTo("W*");
        LocalDate born = LocalDate.of(1960, 3, 15);
        assertThat(AgeBand.ageOn(born, LocalDate.of(2025, 3, 14))).isEqualTo(64);
        assertThat(AgeBand.ageOn(born, LocalDate.of(2025, 3, 15))).isEqualTo(65);
        assertThat(AgeBand.of(64)).isEqualTo(AgeBand.FROM_60_TO_64);
        assertThat(AgeBand.of(65)).isEqualTo(AgeBand.FROM_65);
        assertThat(AgeBand.of(17)).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.of(18)).isEqualTo(AgeBand.FROM_18_TO_29);
    }
}
