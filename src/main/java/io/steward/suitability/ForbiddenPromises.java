package io.steward.suitability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REC-2: finds, in English or Chinese text, what staff must not promise: guaranteed principal or returns,
 * "no risk", expected-return figures, likening a product to a deposit ("Do not hint to customers or even
 * make promises beyond the terms"; China's 2021 sales rules list these practices). The customer module
 * flags interview records with it; the sales and product modules may screen texts the same way.
 *
 * <p>A finding is a flag for a human reviewer, not a verdict: the scanner skips the commonest negations
 * ("not risk-free", "unlike a deposit", "不是无风险") but will still flag some harmless sentences, which is
 * the cheaper mistake. Not for the decision hot path: it uses regular expressions.
 */
public final class ForbiddenPromises {

    /** What kind of promise a phrase makes. */
    public enum Kind {
        GUARANTEED_PRINCIPAL,
        GUARANTEED_RETURN,
        NO_RISK,
        EXPECTED_RETURN_FIGURE,
        LIKE_A_DEPOSIT
    }

    /**
     * A phrase found in the text.
     *
     * @param phrase the phrase as written
     * @param kind   what it promises
     * @param start  index of its first character in the text
     * @param end    index after its last character
     */
    public record Finding(String phrase, Kind kind, int start, int end) {
    }

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?\\s*[%％]";

    /** One alternative per kind, in {@link Kind} order; within one, longer phrases first. */
    private static final String[] ALTERNATIVES = {
            // GUARANTEED_PRINCIPAL
            "guaranteed\\s+(?:principal|capital)"
                    + "|(?:principal|capital)[\\s-]+(?:is\\s+|are\\s+)?(?:fully\\s+|100%\\s+)?(?:guaranteed|protected)"
                    + "|保证本金|本金有保障|保本(?!保收益|保息)",
            // GUARANTEED_RETURN
            "guaranteed\\s+(?:returns?|yields?|income|interest|profits?|gains?)"
                    + "|(?:returns?|yields?|income|interest|profits?)\\s+(?:is\\s+|are\\s+)(?:fully\\s+|100%\\s+)?guaranteed"
                    + "|guarantees?\\s+(?:you\\s+)?(?:a\\s+|an\\s+)?(?:" + NUMBER + "\\s+)?(?:returns?|yields?|profits?)"
                    + "|保本保收益|保本保息|稳赚不赔|只赚不赔|稳赚|包赚|保证收益|保收益|保息|收益有保障|刚性兑付|刚兑",
            // NO_RISK
            "(?<!\\bnot\\s)(?<!\\bnever\\s)(?<!\\bno\\s)risk[\\s-]free"
                    + "|\\bno\\s+risk\\b(?![\\s-]*free)|zero[\\s-]risk|without\\s+(?:any\\s+)?risk|can(?:not|'t|’t)\\s+lose"
                    + "|(?<!不是)(?<!并非)(?<!并不是)(?:零风险|无风险)|没有任何风险|没有风险|不会亏",
            // EXPECTED_RETURN_FIGURE
            "expected\\s+(?:annual(?:i[sz]ed)?\\s+)?(?:rate\\s+of\\s+)?(?:returns?|yields?)\\b[^.%％\\d]{0,30}?" + NUMBER
                    + "|expected\\s+" + NUMBER + "\\s+(?:annual(?:i[sz]ed)?\\s+)?(?:returns?|yields?)"
                    + "|预期(?:年化)?收益率?[^。；;%％\\d]{0,10}?" + NUMBER,
            // LIKE_A_DEPOSIT
            "(?:as\\s+safe\\s+as|the\\s+same\\s+as|just\\s+like|\\blike|equivalent\\s+to|as\\s+good\\s+as)\\s+"
                    + "(?:a\\s+)?(?:bank\\s+|fixed\\s+|time\\s+)?deposits?"
                    + "|(?:等同于|相当于|就像|如同|视同)(?:银行)?(?:定期)?存款"
                    + "|(?:跟|和|与|同)(?:银行)?(?:定期)?存款一样",
    };

    private static final Pattern PATTERN = combined();

    private ForbiddenPromises() {
    }

    /** Every forbidden promise in {@code text}, in the order they appear; empty if none. */
    public static List<Finding> findIn(String text) {
        Inputs.required(text, "text");
        List<Finding> findings = new ArrayList<>();
        Matcher matcher = PATTERN.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= ALTERNATIVES.length; group++) {
                if (matcher.start(group) >= 0) {
                    findings.add(new Finding(matcher.group(group), Kind.values()[group - 1], matcher.start(), matcher.end()));
                    break;
                }
            }
        }
        return List.copyOf(findings);
    }

    /** The phrases alone, as written: what a flag shows the reviewer. */
    public static List<String> phrasesIn(String text) {
        return findIn(text).stream().map(Finding::phrase).toList();
    }

    private static Pattern combined() {
        StringBuilder regex = new StringBuilder();
        for (String alternative : ALTERNATIVES) {
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            regex.append('(').append(alternative).append(')');
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
