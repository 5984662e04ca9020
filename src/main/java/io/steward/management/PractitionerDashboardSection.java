package io.steward.management;

import java.time.LocalDate;
import java.util.List;

/**
 * A section of a practitioner's own dashboard ({@code /my}) fed from other modules' data: open customer tasks, the
 * practitioner's own customers whose assessment is about to expire, their sales cases under way. The dashboard shows
 * a section only when such a bean exists.
 */
public interface PractitionerDashboardSection {

    String key();

    int order();

    /** Message key of the section's title, in the contributing module's bundle. */
    String titleKey();

    List<Item> itemsFor(String practitioner, LocalDate today);

    /** One line: a message key with its arguments, where it links to, and when it is due (may be null). */
    record Item(String labelKey, List<String> arguments, String link, LocalDate due) {

        public Item {
            arguments = List.copyOf(arguments);
        }
    }
}
