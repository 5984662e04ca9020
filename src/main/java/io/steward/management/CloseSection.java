package io.steward.management;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** What a {@link DailyCloseSection} reports for one department and day: a list of labelled figures. */
public record CloseSection(String key, List<Figure> figures) {

    public CloseSection {
        figures = List.copyOf(figures);
    }

    /**
     * One figure: its label (a message key, from the contributing module's bundle), an optional subject it is about
     * (a staff member, a team, a risk level) and its value; {@code null} means not measured.
     */
    @Schema(name = "CloseFigure")
    public record Figure(String labelKey, String subject, BigDecimal value) {

        public static Figure of(String labelKey, BigDecimal value) {
            return new Figure(labelKey, null, value);
        }

        public static Figure of(String labelKey, long value) {
            return new Figure(labelKey, null, BigDecimal.valueOf(value));
        }

        public static Figure about(String labelKey, String subject, BigDecimal value) {
            return new Figure(labelKey, subject, value);
        }
    }
}
