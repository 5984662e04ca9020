package io.steward.customer;

import io.steward.platform.DomainRefusal;
import java.time.LocalDate;

/** An identity document as presented: its type and number (normalized: upper-case, no spaces or hyphens). */
public record IdentityDocument(IdentityDocumentType type, String number) {

    public static IdentityDocument of(IdentityDocumentType type, String number) {
        return new IdentityDocument(type, IdentityDocumentType.normalize(number));
    }

    /**
     * Refuses a number that does not fit its type, or a resident identity number that does not agree with the
     * person's birth date and gender (null when not recorded, as for a guardian).
     */
    public IdentityDocument validated(LocalDate birthDate, Gender gender) {
        if (type == IdentityDocumentType.PRC_RESIDENT_ID) {
            PrcResidentIdNumber.problemWith(number, birthDate, gender).ifPresent(problem -> {
                throw switch (problem) {
                    case FORMAT -> DomainRefusal.invalid("identity-number-format",
                            "A resident identity number has 17 digits and a check digit or X");
                    case CHECK_CHARACTER -> DomainRefusal.invalid("identity-number-check",
                            "The resident identity number's check character is wrong: a digit was mistyped");
                    case BIRTH_DATE -> DomainRefusal.invalid("identity-number-birth-date",
                            "The resident identity number does not agree with the birth date");
                    case GENDER -> DomainRefusal.invalid("identity-number-gender",
                            "The resident identity number does not agree with the gender");
                };
            });
        } else if (!type.matchesFormat(number)) {
            throw DomainRefusal.invalid("identity-document-format",
                    "The number does not have the format of a " + type, type);
        }
        return this;
    }

    /** For people who may see that a document exists but not its number: the type and the last two characters. */
    public String masked() {
        return "*".repeat(Math.max(0, number.length() - 2)) + number.substring(Math.max(0, number.length() - 2));
    }
}
