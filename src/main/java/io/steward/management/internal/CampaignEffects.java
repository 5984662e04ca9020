package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerFacts;
import io.steward.management.Department;
import io.steward.management.internal.CampaignSegments.Member;
import io.steward.management.internal.Campaigns.Outcome;
import io.steward.management.internal.Campaigns.Segment;
import io.steward.organization.StaffDirectory;
import io.steward.sales.SalesFigures;
import io.steward.sales.SalesFigures.ReleasedSale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign's effect (Article 9: "analyze and summarize the activities"): the customers its segment holds, the
 * contacts the staff recorded with them, and the conversions — a conversion is a sale released to a segment customer
 * during the campaign, whoever sold it — with their volume (CNY). The manager sees counts, per staff member and, with
 * cells of fewer than {@value #SMALLEST_CELL} customers suppressed, per risk level and age band (DESIGN §6); a
 * practitioner sees their own customers of the segment.
 */
@Service
@Transactional(readOnly = true)
public class CampaignEffects {

    static final int SMALLEST_CELL = 5;

    public record Effect(LocalDate drawnOn, long segmentSize, long contacts, long interested, long conversions,
            long sales, BigDecimal conversionRate, BigDecimal volume) {
    }

    /** One staff member's share: their customers in the segment, the contacts they recorded, their customers' conversions. */
    public record StaffLine(String username, boolean assigned, long customers, long contacts, long conversions,
            BigDecimal volume) {
    }

    /** A cell of a breakdown; {@code customers} is null where fewer than five customers would show. */
    public record Cell(String value, Long customers) {
    }

    public record Analysis(Effect effect, List<StaffLine> staff, List<Cell> byRiskLevel, List<Cell> byAgeBand) {
    }

    /** A practitioner's own customer of the segment, with what they recorded and what the customer bought. */
    public record TargetCustomer(String number, String name, String ageBand, String level, String standing,
            Outcome outcome, long sales, BigDecimal volume) {
    }

    private final CampaignSegments segments;
    private final SalesFigures sales;
    private final StaffDirectory directory;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    CampaignEffects(CampaignSegments segments, SalesFigures sales, StaffDirectory directory, JdbcClient jdbc,
            JsonMapper json, AuditTrail audit, Clock clock) {
        this.segments = segments;
        this.sales = sales;
        this.directory = directory;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the campaign measured so far (up to today, or its last day once over). */
    public Effect effect(Department department, long id, Segment segment, LocalDate startsOn, LocalDate endsOn) {
        return measure(department, id, segment, startsOn, endsOn).effect();
    }

    public Analysis analysis(Department department, long id, Segment segment, LocalDate startsOn, LocalDate endsOn,
            List<String> assigned) {
        Measured measured = measure(department, id, segment, startsOn, endsOn);
        Map<String, Long> contacts = new HashMap<>();
        jdbc.sql("select practitioner, count(*) from mgmt_campaign_outcome where campaign_id = ? group by practitioner")
                .param(id).query((ResultSet rs) -> {
                    contacts.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, List<Member>> byStaff = measured.members().stream().collect(Collectors.groupingBy(Member::practitioner));
        Map<Long, String> practitionerOf = measured.members().stream()
                .collect(Collectors.toMap(member -> member.customer().id(), Member::practitioner));
        List<StaffLine> lines = new ArrayList<>();
        Set<String> shown = new java.util.TreeSet<>(byStaff.keySet());
        shown.addAll(assigned);
        for (String username : shown) {
            List<ReleasedSale> theirs = measured.sales().stream()
                    .filter(sale -> username.equals(practitionerOf.get(sale.customerId()))).toList();
            lines.add(new StaffLine(username, assigned.contains(username), byStaff.getOrDefault(username, List.of()).size(),
                    contacts.getOrDefault(username, 0L), theirs.stream().map(ReleasedSale::customerId).distinct().count(),
                    volume(theirs)));
        }
        return new Analysis(measured.effect(), lines,
                cells(measured.members(), member -> member.level() == null ? "NONE" : member.level().name()),
                cells(measured.members(), member -> member.ageBand().name()));
    }

    /**
     * The practitioner's own customers in the segment, in full (they are theirs), with what they recorded and bought;
     * the reading is audited like a list of the client book.
     */
    @Transactional
    public List<TargetCustomer> ownCustomers(Department department, String practitioner, long id, Segment segment,
            LocalDate startsOn, LocalDate endsOn) {
        Measured measured = measure(department, id, segment, startsOn, endsOn);
        Map<String, Outcome> recorded = new HashMap<>();
        jdbc.sql("select customer_number, outcome from mgmt_campaign_outcome where campaign_id = ? and practitioner = ?")
                .params(id, practitioner).query((ResultSet rs) -> {
                    recorded.put(rs.getString(1), Outcome.valueOf(rs.getString(2)));
                });
        boolean certified = directory.holdsValidCertificate(practitioner, LocalDate.now(clock));
        List<TargetCustomer> customers = measured.members().stream().filter(member -> member.practitioner().equals(practitioner))
                .map(member -> {
                    List<ReleasedSale> bought = measured.sales().stream()
                            .filter(sale -> sale.customerId() == member.customer().id()).toList();
                    String name = certified ? member.customer().fullName() : CustomerFacts.maskName(member.customer().fullName());
                    return new TargetCustomer(member.customer().number(), name, member.ageBand().name(),
                            member.level() == null ? null : member.level().name(), member.standing().name(),
                            recorded.get(member.customer().number()), bought.size(), volume(bought));
                }).toList();
        audit.record(AuditEntry.of("CUSTOMER_LIST_VIEWED", "customer-book", practitioner, Map.of("view",
                certified ? "FULL" : "LOW_SENSITIVITY", "list", "CAMPAIGN_SEGMENT", "campaign", id,
                "count", customers.size())).by(practitioner));
        return customers;
    }

    /** Whether the customer is one of the practitioner's own customers in the segment. */
    public boolean isOwnTarget(Department department, String practitioner, Segment segment, LocalDate startsOn,
            String customerNumber) {
        return segments.members(department, segment, CampaignSegments.drawnOn(startsOn, LocalDate.now(clock))).stream()
                .anyMatch(member -> member.practitioner().equals(practitioner)
                        && member.customer().number().equals(customerNumber));
    }

    /** What the department's campaigns running that day converted that day, summed over the campaigns. */
    public record DayConversions(long customers, long sales, BigDecimal volume) {
    }

    public DayConversions conversionsOn(Department department, LocalDate day) {
        long conversions = 0;
        long count = 0;
        BigDecimal volume = BigDecimal.ZERO;
        for (Running campaign : running(department, day)) {
            List<Long> ids = segments.members(department, campaign.segment(), campaign.startsOn()).stream()
                    .map(member -> member.customer().id()).toList();
            List<ReleasedSale> released = sales.releasedTo(ids, day, day);
            conversions += released.stream().map(ReleasedSale::customerId).distinct().count();
            count += released.size();
            volume = volume.add(volume(released));
        }
        return new DayConversions(conversions, count, volume);
    }

    record Running(long id, Segment segment, LocalDate startsOn) {
    }

    private List<Running> running(Department department, LocalDate day) {
        return jdbc.sql("""
                select id, segment::text, starts_on from mgmt_campaign
                where department = ? and starts_on <= ? and ends_on >= ? order by id""")
                .params(department.manager(), day, day)
                .query((rs, n) -> new Running(rs.getLong(1), json.readValue(rs.getString(2), Segment.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    private record Measured(Effect effect, List<Member> members, List<ReleasedSale> sales) {
    }

    private Measured measure(Department department, long id, Segment segment, LocalDate startsOn, LocalDate endsOn) {
        LocalDate today = LocalDate.now(clock);
        LocalDate drawn = CampaignSegments.drawnOn(startsOn, today);
        List<Member> members = segments.members(department, segment, drawn);
        List<ReleasedSale> released = startsOn.isAfter(today) ? List.of() : sales.releasedTo(
                members.stream().map(member -> member.customer().id()).toList(), startsOn, endsOn.isAfter(today) ? today : endsOn);
        long[] recorded = jdbc.sql("""
                select count(*), count(*) filter (where outcome = 'INTERESTED') from mgmt_campaign_outcome
                where campaign_id = ?""").param(id).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long conversions = released.stream().map(ReleasedSale::customerId).distinct().count();
        BigDecimal rate = members.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(conversions * 100)
                .divide(BigDecimal.valueOf(members.size()), 1, RoundingMode.HALF_UP);
        return new Measured(new Effect(drawn, members.size(), recorded[0], recorded[1], conversions, released.size(), rate,
                volume(released)), members, released);
    }

    private static BigDecimal volume(List<ReleasedSale> released) {
        return released.stream().filter(sale -> sale.currency().equals(BookMetrics.REPORTING_CURRENCY))
                .map(ReleasedSale::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Cell> cells(List<Member> members, Function<Member, String> value) {
        Map<String, Long> counts = members.stream().collect(Collectors.groupingBy(value, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(entry -> new Cell(entry.getKey(), entry.getValue() < SMALLEST_CELL ? null : entry.getValue())).toList();
    }
}
