package io.steward.management;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that calls for training (Article 8: "according to the information released by the company ... organize
 * employees to learn and train"): a product put on the shelf, or a suitability policy version approved.
 */
public record TrainingTrigger(Kind kind, String reference, String title, LocalDate on) {

    public enum Kind {
        PRODUCT_ACTIVATED,
        POLICY_VERSION_APPROVED
    }

    public TrainingTrigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(on, "on");
        title = title == null || title.isBlank() ? reference : title;
    }
}
