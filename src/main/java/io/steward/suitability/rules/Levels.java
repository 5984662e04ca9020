package io.steward.suitability.rules;

import io.steward.suitability.RiskLevel;

/** Level wording shared by the explanations, built when the engine is built. */
final class Levels {

    private Levels() {
    }

    /** "R3", or "R3 to R4" when a policy version widens the band. */
    static String rangeEn(RiskLevel from, RiskLevel to) {
        return from == to ? from.name() : from.name() + " to " + to.name();
    }

    /** "R3", or "R3至R4". */
    static String rangeZh(RiskLevel from, RiskLevel to) {
        return from == to ? from.name() : from.name() + "至" + to.name();
    }
}
