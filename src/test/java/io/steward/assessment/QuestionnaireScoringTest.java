package io.steward.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.assessment.Questionnaire.Band;
import io.steward.assessment.Questionnaire.Option;
import io.steward.assessment.Questionnaire.Question;
import io.steward.assessment.Questionnaire.Score;
import io.steward.assessment.internal.Questionnaires;
import io.steward.customer.CustomerRiskLevel;
import io.steward.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Version 1 as seeded: every band edge gives its level, and every disqualifying answer gives FAILED. */
class QuestionnaireScoringTest extends IntegrationTest {

    @Autowired
    Questionnaires questionnaires;

    Questionnaire version1;

    @BeforeEach
    void load() {
        version1 = questionnaires.version(1).orElseThrow();
    }

    @Test
    void version_1_has_ten_questions_on_the_five_topics_in_both_languages_and_bands_that_cover_every_total() {
        assertThat(version1.questions()).hasSize(10);
        assertThat(version1.questions()).extracting(Question::topic).contains(Questionnaire.Topic.values());
        assertThat(version1.questions()).allSatisfy(q -> {
            assertThat(q.textEnglish()).isNotBlank();
            assertThat(q.textChinese()).isNotBlank().isNotEqualTo(q.textEnglish());
            assertThat(q.options()).allSatisfy(o -> assertThat(o.textChinese()).isNotEqualTo(o.textEnglish()));
        });
        List<Band> bands = version1.bands();
        assertThat(bands).extracting(Band::level).containsExactly(CustomerRiskLevel.C1, CustomerRiskLevel.C2,
                CustomerRiskLevel.C3, CustomerRiskLevel.C4, CustomerRiskLevel.C5);
        assertThat(bands.getFirst().minScore()).isZero();
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).minScore()).isEqualTo(bands.get(i - 1).maxScore() + 1);
        }
        int highest = version1.questions().stream().mapToInt(q -> q.options().stream().mapToInt(Option::score).max()
                .orElseThrow()).sum();
        assertThat(bands.getLast().maxScore()).isEqualTo(highest).isEqualTo(72);
    }

    @ParameterizedTest(name = "a total of {0} is {1}")
    @CsvSource({"7, C1", "20, C1", "21, C2", "35, C2", "36, C3", "50, C3", "51, C4", "62, C4", "63, C5", "72, C5"})
    void every_band_edge_gives_its_level(int total, CustomerRiskLevel level) {
        Map<String, String> answers = answersTotalling(total).orElseThrow(() ->
                new AssertionError("no answers of version 1 total " + total));

        Score score = version1.score(answers);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.level()).isEqualTo(level);
        assertThat(score.disqualifiedBy()).isNull();
    }

    @Test
    void every_disqualifying_answer_fails_the_assessment_whatever_the_other_answers_score() {
        Map<String, String> best = answersTotalling(72).orElseThrow();
        List<String> disqualifying = new ArrayList<>();
        for (Question question : version1.questions()) {
            for (Option option : question.options()) {
                if (option.disqualifying()) {
                    disqualifying.add(question.code() + "=" + option.code());
                    Map<String, String> answers = new HashMap<>(best);
                    answers.put(question.code(), option.code());

                    Score score = version1.score(answers);

                    assertThat(score.level()).as(question.code() + " " + option.code()).isEqualTo(CustomerRiskLevel.FAILED);
                    assertThat(score.disqualifiedBy()).isEqualTo(question.code());
                }
            }
        }
        assertThat(disqualifying).as("documented in V12: no income and no savings, borrowed money, cannot judge risk")
                .containsExactlyInAnyOrder("INCOME=E", "SOURCE=C", "KNOWLEDGE=A");
    }

    @Test
    void cannot_accept_any_loss_is_conservative_not_disqualifying() {
        Map<String, String> answers = new HashMap<>(answersTotalling(72).orElseThrow());
        answers.put("LOSS", "A");

        Score score = version1.score(answers);
        assertThat(score.disqualifiedBy()).isNull();
        assertThat(score.total()).isEqualTo(60);
        assertThat(score.level()).isEqualTo(CustomerRiskLevel.C4);
        assertThat(version1.score(answersTotalling(17).orElseThrow()).level()).isEqualTo(CustomerRiskLevel.C1);
    }

    @Test
    void answers_that_leave_a_question_out_or_name_an_unknown_option_are_refused() {
        Map<String, String> answers = new HashMap<>(answersTotalling(40).orElseThrow());
        answers.remove("HORIZON");
        assertThatThrownBy(() -> version1.score(answers)).isInstanceOf(IllegalArgumentException.class);
        answers.put("HORIZON", "Z");
        assertThatThrownBy(() -> version1.score(answers)).isInstanceOf(IllegalArgumentException.class);
        answers.put("HORIZON", "A");
        answers.put("SHOE_SIZE", "A");
        assertThatThrownBy(() -> version1.score(answers)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_current_questionnaire_is_the_newest_published_by_the_day() {
        assertThat(questionnaires.currentOn(LocalDate.now(clock)).version()).isEqualTo(1);
    }

    /** Some set of answers, no disqualifying one, adding up to exactly that total (a depth-first search). */
    private Optional<Map<String, String>> answersTotalling(int total) {
        return search(0, total, new HashMap<>());
    }

    private Optional<Map<String, String>> search(int index, int remaining, Map<String, String> chosen) {
        List<Question> questions = version1.questions();
        if (index == questions.size()) {
            return remaining == 0 ? Optional.of(Map.copyOf(chosen)) : Optional.empty();
        }
        Question question = questions.get(index);
        for (Option option : question.options()) {
            if (option.disqualifying() || option.score() > remaining) {
                continue;
            }
            chosen.put(question.code(), option.code());
            Optional<Map<String, String>> found = search(index + 1, remaining - option.score(), chosen);
            if (found.isPresent()) {
                return found;
            }
            chosen.remove(question.code());
        }
        return Optional.empty();
    }
}
