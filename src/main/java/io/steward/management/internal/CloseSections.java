package io.steward.management.internal;

import io.steward.management.CloseSection;
import io.steward.management.CloseSection.Figure;
import io.steward.management.DailyCloseSection;
import io.steward.management.Department;
import io.steward.management.internal.Meetings.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sections of the daily close that come from the management module's own data. Sales by risk level, new
 * customers, AUM change, assessments and compliance flags are read from the modules that own them
 * ({@link BookCloseSections}).
 */
@Configuration(proxyBeanMethods = false)
class CloseSections {

    static DailyCloseSection section(String key, int order, Producer producer) {
        return new DailyCloseSection() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public CloseSection produce(Department department, LocalDate day) {
                return new CloseSection(key, producer.figures(department, day));
            }
        };
    }

    interface Producer {
        List<Figure> figures(Department department, LocalDate day);
    }

    /**
     * Target progress of the month up to the day, per metric of the department's monthly targets: the actual figure and
     * the completion (a metric no module measures shows "not measured").
     */
    @Bean
    DailyCloseSection targetsSection(Targets targets) {
        return section("targets", 10, (department, day) -> targets
                .progressAsOf(department, Period.containing(Period.Kind.MONTH, day), day).stream()
                .filter(target -> target.level().equals("DEPARTMENT") && target.periodKind() == Period.Kind.MONTH)
                .flatMap(target -> Stream.of(
                        Figure.about("management.close.targets.actual", target.metric().name(),
                                target.measured() ? target.actual() : null),
                        Figure.about("management.close.targets.completion", target.metric().name(),
                                target.measured() ? target.completion() : null)))
                .toList());
    }

    /** Contacts with customers logged for the day, in total and per staff member. */
    @Bean
    DailyCloseSection contactsSection(JdbcClient jdbc) {
        return section("contacts", 20, (department, day) -> {
            List<Figure> figures = new ArrayList<>();
            long total = 0;
            for (String username : department.staff()) {
                long count = jdbc.sql("select count(*) from mgmt_contact where practitioner = ? and contacted_on = ?")
                        .params(username, day).query(Long.class).single();
                total += count;
                if (count > 0) {
                    figures.add(Figure.about("management.close.contacts.by-staff", username, BigDecimal.valueOf(count)));
                }
            }
            figures.addFirst(Figure.of("management.close.contacts.total", total));
            return figures;
        });
    }

    /** Satisfaction surveys recorded for the day and their average score. */
    @Bean
    DailyCloseSection satisfactionSection(JdbcClient jdbc) {
        return section("satisfaction", 30, (department, day) -> {
            Set<String> staff = department.staff();
            if (staff.isEmpty()) {
                return List.of(Figure.of("management.close.satisfaction.surveys", 0));
            }
            return jdbc.sql("select count(*), round(avg(score), 2) from mgmt_satisfaction where practitioner in (:staff) and surveyed_on = :day")
                    .param("staff", staff).param("day", day)
                    .query((rs, n) -> List.of(Figure.of("management.close.satisfaction.surveys", rs.getLong(1)),
                            Figure.of("management.close.satisfaction.average", rs.getBigDecimal(2))))
                    .single();
        });
    }

    /** Whether the regular meetings were held that day and how many attended. */
    @Bean
    DailyCloseSection meetingsSection(JdbcClient jdbc) {
        return section("meetings", 40, (department, day) -> {
            List<Figure> figures = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                jdbc.sql("""
                        select count(distinct m.id), count(a.username) filter (where a.present)
                        from mgmt_meeting m join mgmt_meeting_schedule s on s.id = m.schedule_id
                        left join mgmt_meeting_attendance a on a.meeting_id = m.id
                        where s.department = ? and s.kind = ? and m.held_on = ?""")
                        .params(department.manager(), kind.name(), day)
                        .query((rs, n) -> {
                            figures.add(Figure.about("management.close.meetings.held", kind.name(), BigDecimal.valueOf(rs.getLong(1))));
                            figures.add(Figure.about("management.close.meetings.present", kind.name(), BigDecimal.valueOf(rs.getLong(2))));
                            return kind;
                        }).list();
            }
            return figures;
        });
    }

    /** Training sessions held that day, who attended and who completed. */
    @Bean
    DailyCloseSection trainingSection(JdbcClient jdbc) {
        return section("training", 50, (department, day) -> jdbc.sql("""
                select count(distinct s.id), count(a.username) filter (where a.attended), count(a.username) filter (where a.completed)
                from mgmt_training_session s left join mgmt_training_attendance a on a.session_id = s.id
                where s.department = ? and s.held_on = ? and s.status = 'HELD'""")
                .params(department.manager(), day)
                .query((rs, n) -> List.of(Figure.of("management.close.training.sessions", rs.getLong(1)),
                        Figure.of("management.close.training.attended", rs.getLong(2)),
                        Figure.of("management.close.training.completed", rs.getLong(3))))
                .single());
    }

    /** Customer development: prospects added and converted, feedback received. */
    @Bean
    DailyCloseSection developmentSection(JdbcClient jdbc) {
        return section("development", 60, (department, day) -> List.of(
                Figure.of("management.close.development.new-prospects", jdbc.sql(
                        "select count(*) from mgmt_prospect where department = ? and created_on = ?")
                        .params(department.manager(), day).query(Long.class).single()),
                Figure.of("management.close.development.converted", jdbc.sql(
                        "select count(*) from mgmt_prospect where department = ? and stage = 'CONVERTED' and changed_on = ?")
                        .params(department.manager(), day).query(Long.class).single()),
                Figure.of("management.close.development.feedback", jdbc.sql(
                        "select count(*) from mgmt_feedback where department = ? and received_on = ?")
                        .params(department.manager(), day).query(Long.class).single())));
    }

    /**
     * Campaigns that day: the contacts the staff recorded with segment customers, and the conversions — sales released
     * that day to customers of a campaign's segment while it runs — with their volume (CNY).
     */
    @Bean
    DailyCloseSection campaignsSection(JdbcClient jdbc, CampaignEffects effects) {
        return section("campaigns", 70, (department, day) -> {
            CampaignEffects.DayConversions converted = effects.conversionsOn(department, day);
            return List.of(Figure.of("management.close.campaigns.outcomes", jdbc.sql("""
                            select count(*) from mgmt_campaign_outcome o join mgmt_campaign c on c.id = o.campaign_id
                            where c.department = ? and o.recorded_on = ?""")
                            .params(department.manager(), day).query(Long.class).single()),
                    Figure.of("management.close.campaigns.conversions", converted.customers()),
                    Figure.of("management.close.campaigns.volume", converted.volume()));
        });
    }
}
