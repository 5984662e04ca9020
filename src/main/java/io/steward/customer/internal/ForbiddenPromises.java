package io.steward.customer.internal;

import io.steward.customer.Interviews.PromiseHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in what a practitioner wrote, the promises staff must not make (REC-2; the notice: "Do not hint to
 * customers or even make promises beyond the terms"; China's 2021 sales rules name guaranteed principal or return,
 * "expected return" figures and likening a product to a deposit). English and Chinese. The scan cannot tell
 * "I told the customer it is principal-guaranteed" from "I told the customer it is not principal-guaranteed": every
 * hit goes to COMPLIANCE, who can.
 */
final class ForbiddenPromises {

    private static final int EXCERPT_RADIUS = 30;

    /** Label (shown to compliance) → pattern. */
    private static final Map<String, Pattern> PHRASES = new LinkedHashMap<>();

    static {
        english("guaranteed return", "guarantee(d|s)?\\s+(a\\s+|the\\s+|your\\s+)?(\\w+\\s+)?(return|returns|yield|income|profit|interest)");
        english("guaranteed principal", "(guarantee(d|s)?\\s+(the\\s+|your\\s+)?principal|principal[\\s-]+(is\\s+)?(guaranteed|protected|safe))");
        english("capital guaranteed", "capital[\\s-]+(is\\s+)?(guaranteed|protected)");
        english("no risk", "\\bno\\s+risks?\\b|without\\s+(any\\s+)?risk");
        english("risk-free", "risk[\\s-]*free|zero[\\s-]+risk");
        english("cannot lose", "(can\\s*not|can't|never|won't|will\\s+not)\\s+lose");
        english("like a deposit", "(as\\s+safe\\s+as|same\\s+as|just\\s+like|equivalent\\s+to|no\\s+different\\s+from)\\s+(a\\s+|an\\s+)?(bank\\s+|time\\s+|fixed\\s+)?deposit");
        english("expected return figure", "expected\\s+(annual(i[sz]ed)?\\s+)?(rate\\s+of\\s+)?(return|yield)s?\\s*(rate\\s+)?(of|is|at|:)?\\s*(about|around|approximately)?\\s*\\d+(\\.\\d+)?\\s*%");
        chinese("保本", "保本");
        chinese("保收益", "保(证)?收益");
        chinese("保息", "保息");
        chinese("稳赚不赔", "稳赚|包赚|只赚不赔|稳赚不赔");
        chinese("零风险", "零风险");
        chinese("无风险", "无风险|没有(任何)?风险|不会亏");
        chinese("等同存款", "等同(于)?(银行)?存款|(跟|和|与)(银行)?存款一样|相当于(银行)?存款");
        chinese("刚性兑付", "刚性兑付|刚兑");
        chinese("预期收益", "预期(年化)?收益(率)?(为|是|达|约|在)?\\s*\\d+(\\.\\d+)?\\s*[%％]");
    }

    private ForbiddenPromises() {
    }

    private static void english(String label, String regex) {
        PHRASES.put(label, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static void chinese(String label, String regex) {
        PHRASES.put(label, Pattern.compile(regex));
    }

    /** Every forbidden phrase found in these texts (field name → text), with a short excerpt around it. */
    static List<PromiseHit> scan(Map<String, String> texts) {
        List<PromiseHit> hits = new ArrayList<>();
        texts.forEach((field, text) -> {
            if (text == null) {
                return;
            }
            PHRASES.forEach((label, pattern) -> {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find()) {
                    hits.add(new PromiseHit(field, label, excerpt(text, matcher.start(), matcher.end())));
                }
            });
        });
        return hits;
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - EXCERPT_RADIUS);
        int to = Math.min(text.length(), end + EXCERPT_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
