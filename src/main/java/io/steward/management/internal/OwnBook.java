package io.steward.management.internal;

import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.platform.DomainRefusal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A practitioner records care, feedback and conversions only for the customers assigned to them in the client book
 * (DESIGN §6): another practitioner's customer, or a number nobody holds, answers 404 like a missing record.
 */
@Component
public class OwnBook {

    private final ClientBookFigures book;

    OwnBook(ClientBookFigures book) {
        this.book = book;
    }

    public boolean holds(String practitioner, String customerNumber) {
        return entries(practitioner).stream().anyMatch(entry -> entry.number().equals(customerNumber));
    }

    /** The customers assigned to the practitioner today. */
    public List<BookEntry> entries(String practitioner) {
        return book.customersOf(Set.of(practitioner));
    }

    /** Refuses with {@code code} (a 404) unless the customer is assigned to the practitioner today. */
    public void require(String practitioner, String customerNumber, String code) {
        if (!holds(practitioner, customerNumber)) {
            throw DomainRefusal.notFound(code, "Customer " + customerNumber + " is not in your client book", customerNumber);
        }
    }
}
