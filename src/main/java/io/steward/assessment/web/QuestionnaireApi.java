package io.steward.assessment.web;

import io.steward.access.Actors;
import io.steward.assessment.Questionnaire;
import io.steward.assessment.internal.Questionnaires;
import io.steward.organization.Role;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaire in use. COMPLIANCE sees it with its scores, disqualifying options and bands; everyone else sees
 * the questions and options only — a practitioner who knew which answer scores what could steer a customer's answers
 * (ASSESS-3: "strictly prohibited from inducing customers").
 */
@Tag(name = "Risk-tolerance assessments")
@RestController
class QuestionnaireApi {

    private final Questionnaires questionnaires;
    private final Actors actors;
    private final Clock clock;

    QuestionnaireApi(Questionnaires questionnaires, Actors actors, Clock clock) {
        this.questionnaires = questionnaires;
        this.actors = actors;
        this.clock = clock;
    }

    record AsAsked(int version, String titleEnglish, String titleChinese, LocalDate publishedOn,
            List<Question> questions) {
    }

    record Question(String code, Questionnaire.Topic topic, String textEnglish, String textChinese, List<Option> options) {
    }

    record Option(String code, String textEnglish, String textChinese) {
    }

    @Operation(summary = "The current questionnaire version (scores and bands for COMPLIANCE only)")
    @GetMapping("/api/v1/questionnaires/current")
    @Access(anyStaff = true, scope = DataScope.BANK)
    Object current() {
        Questionnaire questionnaire = questionnaires.currentOn(LocalDate.now(clock));
        if (actors.current().holds(Role.COMPLIANCE)) {
            return questionnaire;
        }
        return new AsAsked(questionnaire.version(), questionnaire.titleEnglish(), questionnaire.titleChinese(),
                questionnaire.publishedOn(), questionnaire.questions().stream()
                        .map(q -> new Question(q.code(), q.topic(), q.textEnglish(), q.textChinese(), q.options().stream()
                                .map(o -> new Option(o.code(), o.textEnglish(), o.textChinese())).toList()))
                        .toList());
    }
}
