package io.steward.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The four disclosure elements of a product, as the product officer entered them (one language per field). */
public record Disclosure(String function, String benefits, String terms, String riskCharacteristics) {

    public static final Disclosure EMPTY = new Disclosure(null, null, null, null);

    /** Every element in the order the customer reads them (CONF-2); blank ones are left out. */
    public Map<DisclosureElement, String> elements() {
        Map<DisclosureElement, String> elements = new EnumMap<>(DisclosureElement.class);
        put(elements, DisclosureElement.FUNCTION, function);
        put(elements, DisclosureElement.BENEFITS, benefits);
        put(elements, DisclosureElement.TERMS, terms);
        put(elements, DisclosureElement.RISK_CHARACTERISTICS, riskCharacteristics);
        return Collections.unmodifiableMap(elements);
    }

    /** The elements still blank: a product goes on the shelf only when none is. */
    public List<DisclosureElement> missing() {
        List<DisclosureElement> missing = new ArrayList<>(List.of(DisclosureElement.values()));
        missing.removeAll(elements().keySet());
        return List.copyOf(missing);
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    private static void put(Map<DisclosureElement, String> elements, DisclosureElement element, String text) {
        if (text != null && !text.isBlank()) {
            elements.put(element, text);
        }
    }
}
