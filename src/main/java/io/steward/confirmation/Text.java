package io.steward.confirmation;

import java.util.Locale;
import java.util.Objects;

/** A text the customer reads, in English and Simplified Chinese; the channel shows the customer's language. */
public record Text(String english, String chinese) {

    public Text {
        Objects.requireNonNull(english, "english");
        chinese = chinese == null || chinese.isBlank() ? english : chinese;
    }

    /** The same text in both languages (a product document that exists in one language only). */
    public static Text of(String text) {
        return new Text(text, text);
    }

    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
    }
}
