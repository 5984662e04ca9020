package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** PRC resident identity numbers: every generated valid number passes; every corruption a clerk makes is caught. */
class PrcResidentIdNumberProperties {

    record Person(String area, LocalDate birthDate, int sequence) {

        Gender gender() {
            return sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        }

        String number() {
            return PrcResidentIdNumber.generate(area, birthDate, sequence);
        }
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<String> areas = Arbitraries.integers().between(110000, 829999).map(String::valueOf);
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 365 * 120)
                .map(days -> LocalDate.of(1905, 1, 1).plusDays(days));
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(areas, births, sequences).as(Person::new);
    }

    @Property
    void a_well_formed_number_agreeing_with_birth_date_and_gender_is_valid(@ForAll("people") Person person) {
        String number = person.number();

        assertThat(number).hasSize(18).matches("[0-9]{17}[0-9X]");
        assertThat(PrcResidentIdNumber.problemWith(number, person.birthDate(), person.gender())).isEmpty();
        assertThat(PrcResidentIdNumber.birthDateOf(number)).contains(person.birthDate());
        assertThat(PrcResidentIdNumber.genderOf(number)).isEqualTo(person.gender());
        assertThat(IdentityDocument.of(IdentityDocumentType.PRC_RESIDENT_ID, number.toLowerCase())
                .validated(person.birthDate(), person.gender()).number())
                .as("a lower-case x is read as X").isEqualTo(number);
    }

    @Property
    void changing_any_one_character_is_caught(@ForAll("people") Person person,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 10) int shift) {
        String number = person.number();
        String alphabet = "0123456789X";
        char original = number.charAt(position);
        char replacement = position == 17
                ? alphabet.charAt((alphabet.indexOf(original) + shift) % 11)
                : (char) ('0' + (original - '0' + shift) % 10);
        if (replacement == original) {
            replacement = position == 17 ? alphabet.charAt((alphabet.indexOf(original) + 1) % 11)
                    : (char) ('0' + (original - '0' + 1) % 10);
        }
        String corrupted = number.substring(0, position) + replacement + number.substring(position + 1);

        assertThat(PrcResidentIdNumber.problemWith(corrupted, null, null)).as(corrupted).isPresent();
    }

    @Property
    void swapping_two_different_neighbouring_digits_is_caught(@ForAll("people") Person person,
            @ForAll @IntRange(min = 0, max = 15) int position) {
        String number = person.number();
        char a = number.charAt(position);
        char b = number.charAt(position + 1);
        if (a == b) {
            return;
        }
        String swapped = number.substring(0, position) + b + a + number.substring(position + 2);

        assertThat(PrcResidentIdNumber.problemWith(swapped, null, null)).as(swapped).isPresent();
    }

    @Property
    void a_valid_number_of_someone_else_does_not_pass_for_this_customer(@ForAll("people") Person person,
            @ForAll @IntRange(min = 1, max = 20000) int daysApart) {
        String number = person.number();

        assertThat(PrcResidentIdNumber.problemWith(number, person.birthDate().plusDays(daysApart), person.gender()))
                .contains(PrcResidentIdNumber.Problem.BIRTH_DATE);
        Gender other = person.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        assertThat(PrcResidentIdNumber.problemWith(number, person.birthDate(), other))
                .contains(PrcResidentIdNumber.Problem.GENDER);
    }

    @Property
    void wrong_lengths_and_letters_are_a_format_problem(@ForAll("people") Person person,
            @ForAll @IntRange(min = 1, max = 17) int keep) {
        String number = person.number();

        assertThat(PrcResidentIdNumber.problemWith(number.substring(0, keep), null, null))
                .contains(PrcResidentIdNumber.Problem.FORMAT);
        assertThat(PrcResidentIdNumber.problemWith(number + "1", null, null)).contains(PrcResidentIdNumber.Problem.FORMAT);
        assertThat(PrcResidentIdNumber.problemWith("A" + number.substring(1), null, null))
                .contains(PrcResidentIdNumber.Problem.FORMAT);
    }
}
