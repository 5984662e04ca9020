package io.steward.assessment.internal;

import io.steward.assessment.Questionnaire;
import io.steward.assessment.Questionnaire.Band;
import io.steward.assessment.Questionnaire.Option;
import io.steward.assessment.Questionnaire.Question;
import io.steward.assessment.Questionnaire.Topic;
import io.steward.customer.CustomerRiskLevel;
import io.steward.platform.DomainRefusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaire versions, read from their tables; the current one is the newest published on or before the day. */
@Repository
public class Questionnaires {

    private final JdbcClient jdbc;

    Questionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Questionnaire currentOn(LocalDate day) {
        Integer version = jdbc.sql("select max(version) from questionnaire where published_on <= ?").param(day)
                .query(Integer.class).single();
        if (version == null) {
            throw DomainRefusal.conflict("no-questionnaire", "No questionnaire is published yet");
        }
        return version(version).orElseThrow();
    }

    public Optional<Questionnaire> version(int version) {
        return jdbc.sql("select version, title_en, title_zh, published_on from questionnaire where version = ?")
                .param(version)
                .query((rs, n) -> new Questionnaire(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), questions(version), bands(version)))
                .optional();
    }

    private List<Question> questions(int version) {
        return jdbc.sql("select code, topic, text_en, text_zh from questionnaire_question where version = ? order by position")
                .param(version)
                .query((rs, n) -> new Question(rs.getString(1), Topic.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), options(version, rs.getString(1))))
                .list();
    }

    private List<Option> options(int version, String question) {
        return jdbc.sql("""
                select code, text_en, text_zh, score, disqualifying from questionnaire_option
                where version = ? and question_code = ? order by position""")
                .params(version, question)
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBoolean(5)))
                .list();
    }

    private List<Band> bands(int version) {
        return jdbc.sql("select level, min_score, max_score from questionnaire_band where version = ? order by min_score")
                .param(version)
                .query((rs, n) -> new Band(CustomerRiskLevel.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
