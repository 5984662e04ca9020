package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.management.AumFigures;
import io.steward.management.Department;
import io.steward.platform.DomainRefusal;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality-customer care (Article 5: "master the development and relationship maintenance of quality customers ...
 * enhance customer satisfaction"): how often each tier is to be contacted, the customers a practitioner looks after,
 * the contacts and satisfaction surveys they log, and who is overdue. Customers are referred to by number and must be
 * assigned to the practitioner in the client book ({@link OwnBook}); when a customer is reassigned, the new
 * practitioner takes them into care and the contacts logged so far stay with the customer.
 */
@Service
@Transactional
public class QualityCare {

    public static final String CUSTOMER_NUMBER = "C[0-9]{8}";
    public static final String TIER = "[A-Z][A-Z0-9_]{1,15}";

    private final JdbcClient jdbc;
    private final OwnBook book;
    private final AumFigures aum;
    private final BookMetrics.QualityThreshold threshold;
    private final AuditTrail audit;
    private final Clock clock;

    QualityCare(JdbcClient jdbc, OwnBook book, AumFigures aum, BookMetrics.QualityThreshold threshold, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.aum = aum;
        this.threshold = threshold;
        this.audit = audit;
        this.clock = clock;
    }

    public record Frequency(@NotBlank @Pattern(regexp = TIER) String tier, @NotNull @Min(1) @Max(366) Integer everyDays) {
    }

    public record CareCustomer(@NotBlank @Pattern(regexp = CUSTOMER_NUMBER, message = "{management.validation.customer-number}") String customerNumber,
            @NotBlank @Pattern(regexp = TIER) String tier) {
    }

    public record NewContact(@NotBlank @Pattern(regexp = CUSTOMER_NUMBER, message = "{management.validation.customer-number}") String customerNumber,
            @NotNull LocalDate contactedOn, @NotNull Channel channel, @NotBlank @Size(max = 1000) String summary) {
    }

    public enum Channel {
        VISIT,
        PHONE,
        MESSAGE,
        EVENT
    }

    public record NewSurvey(@NotBlank @Pattern(regexp = CUSTOMER_NUMBER, message = "{management.validation.customer-number}") String customerNumber,
            @NotNull LocalDate surveyedOn, @NotNull @DecimalMin("1") @DecimalMax("5") BigDecimal score,
            @Size(max = 1000) String remark) {
    }

    public record OverdueContact(String customerNumber, String tier, LocalDate lastContact, LocalDate dueOn, long daysOverdue) {
    }

    public record PractitionerCare(String practitioner, long customers, long overdue, BigDecimal averageSatisfaction) {
    }

    /** A customer of the practitioner's book whose AUM reaches the quality threshold but who is not yet in care. */
    public record Candidate(String customerNumber, BigDecimal aum) {
    }

    /** One customer in a practitioner's care: when last contacted, when due, the latest satisfaction result. */
    public record CareLine(String customerNumber, String tier, int everyDays, LocalDate lastContact, LocalDate dueOn,
            LocalDate surveyedOn, BigDecimal score, String remark, long surveys) {
    }

    public void setFrequency(Department department, Frequency frequency, String actor) {
        jdbc.sql("""
                insert into mgmt_contact_frequency (department, tier, every_days) values (?, ?, ?)
                on conflict (department, tier) do update set every_days = excluded.every_days""")
                .params(department.manager(), frequency.tier(), frequency.everyDays()).update();
        audit.record(AuditEntry.of("CONTACT_FREQUENCY_SET", "department", department.manager(),
                Map.of("tier", frequency.tier(), "everyDays", frequency.everyDays())).by(actor));
    }

    @Transactional(readOnly = true)
    public List<Frequency> frequencies(Department department) {
        return jdbc.sql("select tier, every_days from mgmt_contact_frequency where department = ? order by every_days, tier")
                .param(department.manager()).query((rs, n) -> new Frequency(rs.getString(1), rs.getInt(2))).list();
    }

    /** A practitioner takes a quality customer into their care, with the customer's tier. */
    public void register(Department department, String practitioner, CareCustomer customer) {
        requireOwn(practitioner, customer.customerNumber());
        if (frequencies(department).stream().noneMatch(f -> f.tier().equals(customer.tier()))) {
            throw DomainRefusal.invalid("care-unknown-tier", "No contact frequency for tier " + customer.tier(), customer.tier());
        }
        jdbc.sql("""
                insert into mgmt_care_customer (customer_number, department, practitioner, tier, registered_on)
                values (?, ?, ?, ?, ?) on conflict (customer_number) do update
                set tier = excluded.tier, department = excluded.department, practitioner = excluded.practitioner""")
                .params(customer.customerNumber(), department.manager(), practitioner, customer.tier(), today()).update();
        audit.record(AuditEntry.of("CARE_CUSTOMER_REGISTERED", "customer", customer.customerNumber(),
                Map.of("practitioner", practitioner, "tier", customer.tier())).by(practitioner));
    }

    public long logContact(String practitioner, NewContact contact, Long campaign) {
        requireOwn(practitioner, contact.customerNumber());
        if (contact.contactedOn().isAfter(today())) {
            throw DomainRefusal.invalid("care-future-date", "A contact cannot be logged for a day to come");
        }
        long id = jdbc.sql("""
                insert into mgmt_contact (customer_number, practitioner, contacted_on, channel, summary, campaign_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(contact.customerNumber(), practitioner, contact.contactedOn(), contact.channel().name(),
                        contact.summary().trim(), campaign, OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.record(AuditEntry.of("CUSTOMER_CONTACT_LOGGED", "customer", contact.customerNumber(),
                Map.of("contactedOn", contact.contactedOn(), "channel", contact.channel())).by(practitioner));
        return id;
    }

    public long recordSurvey(String practitioner, NewSurvey survey) {
        requireOwn(practitioner, survey.customerNumber());
        if (survey.surveyedOn().isAfter(today())) {
            throw DomainRefusal.invalid("care-future-date", "A survey cannot be recorded for a day to come");
        }
        long id = jdbc.sql("""
                insert into mgmt_satisfaction (customer_number, practitioner, surveyed_on, score, remark, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(survey.customerNumber(), practitioner, survey.surveyedOn(), survey.score(), survey.remark(),
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.record(AuditEntry.of("SATISFACTION_RECORDED", "customer", survey.customerNumber(),
                Map.of("surveyedOn", survey.surveyedOn(), "score", survey.score())).by(practitioner));
        return id;
    }

    /** The practitioner's customers whose next contact is past due, most overdue first; the reading is audited. */
    public List<OverdueContact> overdue(String practitioner, LocalDate today) {
        return viewed(practitioner, "CARE_OVERDUE", overdueOf(practitioner, today));
    }

    private List<OverdueContact> overdueOf(String practitioner, LocalDate today) {
        return jdbc.sql("""
                select c.customer_number, c.tier, last.contacted_on as last_contact,
                       coalesce(last.contacted_on, c.registered_on) + f.every_days as due_on
                from mgmt_care_customer c
                join mgmt_contact_frequency f on f.department = c.department and f.tier = c.tier
                left join lateral (select max(contacted_on) as contacted_on from mgmt_contact k
                                   where k.customer_number = c.customer_number) last on true
                where c.practitioner = :practitioner
                  and coalesce(last.contacted_on, c.registered_on) + f.every_days < :today
                order by due_on, c.customer_number""")
                .param("practitioner", practitioner).param("today", today)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new OverdueContact(rs.getString("customer_number"), rs.getString("tier"),
                            rs.getObject("last_contact", LocalDate.class), due, ChronoUnit.DAYS.between(due, today));
                }).list();
    }

    /** For the manager: per practitioner, how many quality customers and how many overdue — no customer named. */
    @Transactional(readOnly = true)
    public List<PractitionerCare> overview(Department department, LocalDate today) {
        return department.staff().stream().map(username -> {
            long customers = jdbc.sql("select count(*) from mgmt_care_customer where practitioner = ?")
                    .param(username).query(Long.class).single();
            BigDecimal average = jdbc.sql("select round(avg(score), 2) from mgmt_satisfaction where practitioner = ?")
                    .param(username).query(BigDecimal.class).optional().orElse(null);
            return new PractitionerCare(username, customers, overdueOf(username, today).size(), average);
        }).filter(care -> care.customers() > 0).toList();
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> recentContacts(String practitioner, int limit) {
        return jdbc.sql("""
                select customer_number, contacted_on, channel, summary from mgmt_contact where practitioner = ?
                order by contacted_on desc, id desc limit ?""").params(practitioner, limit).query().listOfRows();
    }

    /**
     * Article 5's quality customers the practitioner has not taken into care yet: their own customers whose AUM
     * ({@link AumFigures}) reaches {@code steward.management.quality-customer-aum} at the end of the day, largest first.
     */
    public List<Candidate> candidates(String practitioner, LocalDate day) {
        Map<Long, BigDecimal> holdings = aum.aumByCustomer(java.util.Set.of(practitioner), day);
        java.util.Set<String> inCare = new java.util.HashSet<>(customersOf(practitioner).stream().map(CareCustomer::customerNumber).toList());
        List<Candidate> candidates = book.entries(practitioner).stream()
                .filter(entry -> !inCare.contains(entry.number()))
                .filter(entry -> holdings.getOrDefault(entry.id(), BigDecimal.ZERO).compareTo(threshold.aum()) >= 0)
                .map(entry -> new Candidate(entry.number(), holdings.get(entry.id())))
                .sorted(java.util.Comparator.comparing(Candidate::aum).reversed().thenComparing(Candidate::customerNumber))
                .toList();
        return viewed(practitioner, "CARE_CANDIDATES", candidates);
    }

    /** The practitioner's customers in care with their contact rhythm and their latest satisfaction result. */
    public List<CareLine> careBook(String practitioner) {
        return viewed(practitioner, "CARE_BOOK", jdbc.sql("""
                select c.customer_number, c.tier, f.every_days, last.contacted_on,
                       coalesce(last.contacted_on, c.registered_on) + f.every_days as due_on,
                       s.surveyed_on, s.score, s.remark,
                       (select count(*) from mgmt_satisfaction a where a.customer_number = c.customer_number) as surveys
                from mgmt_care_customer c
                join mgmt_contact_frequency f on f.department = c.department and f.tier = c.tier
                left join lateral (select max(contacted_on) as contacted_on from mgmt_contact k
                                   where k.customer_number = c.customer_number) last on true
                left join lateral (select surveyed_on, score, remark from mgmt_satisfaction v
                                   where v.customer_number = c.customer_number order by surveyed_on desc, id desc limit 1) s on true
                where c.practitioner = ?
                order by due_on, c.customer_number""")
                .param(practitioner)
                .query((rs, n) -> new CareLine(rs.getString("customer_number"), rs.getString("tier"), rs.getInt("every_days"),
                        rs.getObject("contacted_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("surveyed_on", LocalDate.class), rs.getBigDecimal("score"), rs.getString("remark"),
                        rs.getLong("surveys"))).list());
    }

    /** A list of the practitioner's own customers was read: audited like a list of the client book (DESIGN §6). */
    private <T> List<T> viewed(String practitioner, String list, List<T> customers) {
        if (!customers.isEmpty()) {
            audit.record(AuditEntry.of("CUSTOMER_LIST_VIEWED", "customer-book", practitioner, Map.of("view", "FULL",
                    "list", list, "count", customers.size())).by(practitioner));
        }
        return customers;
    }

    @Transactional(readOnly = true)
    public List<CareCustomer> customersOf(String practitioner) {
        return jdbc.sql("select customer_number, tier from mgmt_care_customer where practitioner = ? order by customer_number")
                .param(practitioner).query((rs, n) -> new CareCustomer(rs.getString(1), rs.getString(2))).list();
    }

    private void requireOwn(String practitioner, String customerNumber) {
        book.require(practitioner, customerNumber, "care-unknown-customer");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
