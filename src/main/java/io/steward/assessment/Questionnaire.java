package io.steward.assessment;

import io.steward.customer.CustomerRiskLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the risk-tolerance questionnaire, as data: questions with scored options (some disqualifying) and
 * the score bands of C1..C5. Scoring belongs to the version: the same answers may give another level under another
 * version.
 */
public record Questionnaire(int version, String titleEnglish, String titleChinese, LocalDate publishedOn,
        List<Question> questions, List<Band> bands) {

    public Questionnaire {
        questions = List.copyOf(questions);
        bands = List.copyOf(bands);
    }

    public enum Topic {
        FINANCIAL_SITUATION,
        EXPERIENCE,
        OBJECTIVES,
        HORIZON,
        LOSS_TOLERANCE
    }

    public record Question(String code, Topic topic, String textEnglish, String textChinese, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(option -> option.code().equals(code)).findFirst();
        }
    }

    public record Option(String code, String textEnglish, String textChinese, int score, boolean disqualifying) {
    }

    /** Totals from {@code minScore} to {@code maxScore}, both included, give {@code level}. */
    public record Band(CustomerRiskLevel level, int minScore, int maxScore) {
    }

    /** The total, the level, and the disqualifying answer that made it FAILED (question code), if any. */
    public record Score(int total, CustomerRiskLevel level, String disqualifiedBy) {
    }

    /**
     * Scores a complete set of answers (question code → option code). Any disqualifying option gives FAILED;
     * otherwise the band the total falls in. Refuses answers that leave a question out or name an unknown option.
     */
    public Score score(Map<String, String> answers) {
        int total = 0;
        String disqualifiedBy = null;
        for (Question question : questions) {
            String chosen = answers.get(question.code());
            Option option = question.option(chosen).orElseThrow(() -> new IllegalArgumentException(
                    "question " + question.code() + " is not answered with one of its options"));
            total += option.score();
            if (option.disqualifying() && disqualifiedBy == null) {
                disqualifiedBy = question.code();
            }
        }
        if (answers.size() != questions.size()) {
            throw new IllegalArgumentException("answers name questions this version does not have");
        }
        if (disqualifiedBy != null) {
            return new Score(total, CustomerRiskLevel.FAILED, disqualifiedBy);
        }
        int sum = total;
        CustomerRiskLevel level = bands.stream().filter(band -> sum >= band.minScore() && sum <= band.maxScore())
                .map(Band::level).findFirst()
                .orElseThrow(() -> new IllegalStateException("no band of version " + version + " covers " + sum));
        return new Score(total, level, null);
    }
}
