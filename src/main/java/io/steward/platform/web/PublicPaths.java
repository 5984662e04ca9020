package io.steward.platform.web;

import java.util.List;

/**
 * Paths a module opens to visitors without a staff sign-in (the customer channel, for instance). The page security
 * permits them; everything else needs a signed-in staff member.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
