package io.steward.assessment.internal;

import io.steward.assessment.Questionnaire;
import io.steward.confirmation.ConfirmationRequest.Option;
import io.steward.confirmation.ConfirmationRequest.Question;
import io.steward.confirmation.ConfirmationRequest.Section;
import io.steward.confirmation.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the customer reads and answers on the channel for an assessment, in both languages. */
@Component
class AssessmentChannelContent {

    private final MessageSource messages;

    AssessmentChannelContent(MessageSource messages) {
        this.messages = messages;
    }

    Text title() {
        return text("assessment.channel.title");
    }

    List<Section> sections(int validityDays, boolean withGuardian) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("about", text("assessment.channel.about.title"),
                text("assessment.channel.about.body", validityDays)));
        if (withGuardian) {
            sections.add(new Section("guardian", text("assessment.channel.guardian.title"),
                    text("assessment.channel.guardian.body")));
        }
        return sections;
    }

    List<Question> questions(Questionnaire questionnaire) {
        return questionnaire.questions().stream().map(question -> new Question(question.code(),
                new Text(question.textEnglish(), question.textChinese()),
                question.options().stream().map(option -> new Option(option.code(),
                        new Text(option.textEnglish(), option.textChinese()))).toList()))
                .toList();
    }

    Text guardianRole() {
        return text("assessment.channel.guardian.role");
    }

    private Text text(String key, Object... arguments) {
        return new Text(messages.getMessage(key, arguments, Locale.ENGLISH),
                messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE));
    }
}
