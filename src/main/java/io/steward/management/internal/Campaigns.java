package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.Department;
import io.steward.organization.InstitutionTree;
import io.steward.platform.DomainRefusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marketing campaigns (Articles 3, 5 and 9: "organize marketing activities ..., monitor the implementation effect";
 * "analyze and summarize the activities"): a target segment, the staff assigned, the activities held, what came of each
 * contact and the effect analysis. The segment is a saved query over the department's client book
 * ({@link CampaignSegments}); the effect is measured from released sales ({@link CampaignEffects}).
 */
@Service
@Transactional
public class Campaigns {

    /** What came of a contact with a segment customer; a conversion is not typed in, it is a released sale. */
    public enum Outcome {
        CONTACTED,
        INTERESTED,
        DECLINED
    }

    /** The saved query: every filter is optional; an empty list means "any". */
    public record Segment(List<@Pattern(regexp = "C[1-5]") String> riskLevels, @Min(0) @Max(120) Integer minAge,
            @Min(0) @Max(120) Integer maxAge, @PositiveOrZero BigDecimal minAum, @PositiveOrZero BigDecimal maxAum,
            @Pattern(regexp = "VALID|EXPIRING|EXPIRED|NONE") String assessmentStatus, String institutionCode) {

        public Segment {
            riskLevels = riskLevels == null ? List.of() : List.copyOf(riskLevels);
        }

        @AssertTrue(message = "{management.validation.segment-bands}")
        public boolean isBandsOrdered() {
            return (minAge == null || maxAge == null || minAge <= maxAge)
                    && (minAum == null || maxAum == null || minAum.compareTo(maxAum) <= 0);
        }
    }

    public record NewCampaign(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String objective,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotNull @Valid Segment segment,
            @NotEmpty List<@NotBlank String> staff) {

        @AssertTrue(message = "{management.validation.campaign-dates}")
        public boolean isEndAfterStart() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }
    }

    public record NewActivity(@NotNull LocalDate heldOn, @NotBlank @Size(max = 1000) String description) {
    }

    public record OutcomeEntry(@NotNull Outcome outcome) {
    }

    public record Campaign(long id, String name, String objective, LocalDate startsOn, LocalDate endsOn, Segment segment,
            List<String> staff, List<Activity> activities, CampaignEffects.Effect effect) {
    }

    public record Activity(long id, LocalDate heldOn, String description, String owner) {
    }

    public record OutcomeLine(String customerNumber, Outcome outcome, LocalDate recordedOn) {
    }

    private final JdbcClient jdbc;
    private final Departments departments;
    private final CampaignEffects effects;
    private final InstitutionTree tree;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    Campaigns(JdbcClient jdbc, Departments departments, CampaignEffects effects, InstitutionTree tree, JsonMapper json,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.effects = effects;
        this.tree = tree;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }


    public Campaign create(Department department, NewCampaign request, String actor) {
        Set.copyOf(request.staff()).forEach(username -> departments.requireStaff(department, username));
        String institution = request.segment().institutionCode();
        if (institution != null && !institution.isBlank() && tree.find(institution.trim()).isEmpty()) {
            throw DomainRefusal.invalid("campaign-unknown-institution", "No institution " + institution, institution);
        }
        long id = jdbc.sql("""
                insert into mgmt_campaign (department, name, objective, starts_on, ends_on, segment, created_by, created_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
                .params(department.manager(), request.name().trim(), request.objective().trim(), request.startsOn(),
                        request.endsOn(), json.writeValueAsString(request.segment()), actor, OffsetDateTime.now(clock))
                .query(Long.class).single();
        for (String username : Set.copyOf(request.staff())) {
            jdbc.sql("insert into mgmt_campaign_staff (campaign_id, username) values (?, ?)").params(id, username).update();
        }
        audit.record(AuditEntry.of("CAMPAIGN_CREATED", "campaign", id, Map.of("name", request.name().trim(),
                "staff", List.copyOf(Set.copyOf(request.staff())))).by(actor));
        return campaign(department, id);
    }

    public Campaign addActivity(Department department, long id, NewActivity request, String actor) {
        campaign(department, id);
        jdbc.sql("insert into mgmt_campaign_activity (campaign_id, held_on, description, owner) values (?, ?, ?, ?)")
                .params(id, request.heldOn(), request.description().trim(), actor).update();
        audit.record(AuditEntry.of("CAMPAIGN_ACTIVITY_ADDED", "campaign", id, Map.of("heldOn", request.heldOn())).by(actor));
        return campaign(department, id);
    }

    /**
     * An assigned practitioner records what came of the campaign with one of their own customers of the segment; any
     * other customer answers 404, like one that does not exist.
     */
    public void recordOutcome(String practitioner, long id, String customerNumber, OutcomeEntry entry) {
        Department department = departments.ofStaff(practitioner).orElseThrow(() -> unknown(id));
        Campaign campaign = assigned(department, practitioner, id);
        if (!customerNumber.matches(QualityCare.CUSTOMER_NUMBER)) {
            throw DomainRefusal.invalid("care-customer-number", "Not a customer number: " + customerNumber, customerNumber);
        }
        if (!effects.isOwnTarget(department, practitioner, campaign.segment(), campaign.startsOn(), customerNumber)) {
            throw DomainRefusal.notFound("campaign-unknown-customer", "Customer " + customerNumber
                    + " is not one of your customers in the segment", customerNumber);
        }
        jdbc.sql("""
                insert into mgmt_campaign_outcome (campaign_id, customer_number, practitioner, outcome, recorded_on)
                values (?, ?, ?, ?, ?)
                on conflict (campaign_id, customer_number) do update set outcome = excluded.outcome,
                    practitioner = excluded.practitioner, recorded_on = excluded.recorded_on""")
                .params(id, customerNumber, practitioner, entry.outcome().name(), LocalDate.now(clock)).update();
        audit.record(AuditEntry.of("CAMPAIGN_OUTCOME_RECORDED", "customer", customerNumber, Map.of("campaign", id,
                "outcome", entry.outcome())).by(practitioner));
    }

    /** The campaign, if the practitioner is assigned to it; 404 otherwise. */
    @Transactional(readOnly = true)
    public Campaign assigned(Department department, String practitioner, long id) {
        Campaign campaign = campaign(department, id);
        if (!campaign.staff().contains(practitioner)) {
            throw unknown(id);
        }
        return campaign;
    }

    @Transactional(readOnly = true)
    public List<OutcomeLine> outcomesOf(String practitioner, long id) {
        return jdbc.sql("""
                select customer_number, outcome, recorded_on from mgmt_campaign_outcome
                where campaign_id = ? and practitioner = ? order by customer_number""").params(id, practitioner)
                .query((rs, n) -> new OutcomeLine(rs.getString(1), Outcome.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class))).list();
    }

    @Transactional(readOnly = true)
    public List<Campaign> of(Department department) {
        return jdbc.sql("select id from mgmt_campaign where department = ? order by starts_on desc, id desc")
                .param(department.manager()).query(Long.class).list().stream().map(id -> campaign(department, id)).toList();
    }

    /** The campaigns a practitioner is assigned to. */
    @Transactional(readOnly = true)
    public List<Campaign> assignedTo(String practitioner) {
        return departments.ofStaff(practitioner).map(department -> of(department).stream()
                .filter(campaign -> campaign.staff().contains(practitioner)).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Campaign campaign(Department department, long id) {
        Campaign campaign = jdbc.sql("""
                select id, name, objective, starts_on, ends_on, segment::text from mgmt_campaign
                where id = ? and department = ?""")
                .params(id, department.manager())
                .query((rs, n) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), json.readValue(rs.getString(6), Segment.class),
                        jdbc.sql("select username from mgmt_campaign_staff where campaign_id = ? order by username").param(id)
                                .query(String.class).list(),
                        jdbc.sql("select id, held_on, description, owner from mgmt_campaign_activity where campaign_id = ? order by held_on, id")
                                .param(id).query((r, m) -> new Activity(r.getLong(1), r.getObject(2, LocalDate.class),
                                        r.getString(3), r.getString(4))).list(),
                        null))
                .optional().orElseThrow(() -> unknown(id));
        return new Campaign(campaign.id(), campaign.name(), campaign.objective(), campaign.startsOn(), campaign.endsOn(),
                campaign.segment(), campaign.staff(), campaign.activities(), effects.effect(department, id,
                        campaign.segment(), campaign.startsOn(), campaign.endsOn()));
    }

    private static DomainRefusal unknown(long id) {
        return DomainRefusal.notFound("campaign-unknown", "No campaign " + id, id);
    }
}
