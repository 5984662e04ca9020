package io.steward.customer.internal;

import io.steward.customer.Interviews.PromiseHit;
import io.steward.suitability.ForbiddenPromises.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * REC-2 on interview records: the rule's scanner ({@link io.steward.suitability.ForbiddenPromises}, English and
 * Chinese, skipping the commonest negations) applied to each field a practitioner wrote, with a short excerpt around
 * every phrase for COMPLIANCE. The scan cannot tell "I told the customer it is principal-guaranteed" from a careful
 * sentence it does not know: every hit goes to COMPLIANCE, who can.
 */
final class PromiseScreening {

    private static final int EXCERPT_RADIUS = 30;

    private PromiseScreening() {
    }

    /** Every forbidden phrase found in these texts (field name → text), as written, with an excerpt around it. */
    static List<PromiseHit> scan(Map<String, String> texts) {
        List<PromiseHit> hits = new ArrayList<>();
        texts.forEach((field, text) -> {
            if (text != null) {
                for (Finding finding : io.steward.suitability.ForbiddenPromises.findIn(text)) {
                    hits.add(new PromiseHit(field, finding.phrase(), excerpt(text, finding.start(), finding.end())));
                }
            }
        });
        return hits;
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - EXCERPT_RADIUS);
        int to = Math.min(text.length(), end + EXCERPT_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
