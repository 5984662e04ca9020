package io.steward.reporting.internal;

import io.steward.assessment.AssessmentPatterns;
import io.steward.assessment.AssessmentPatterns.LevelRaise;
import io.steward.assessment.AssessmentPatterns.PractitionerAssessments;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.audit.ReadingPatterns;
import io.steward.confirmation.ProxyConfirmations;
import io.steward.confirmation.ProxyConfirmations.ProxyCount;
import io.steward.sales.SalesPatterns;
import io.steward.sales.SalesPatterns.CustomerMoment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anomaly watch of COMPLIANCE: patterns no single record shows, counted set-wise by the module that owns the
 * facts (the audit trail, the customer channel, assessments, sales) and weighed here against thresholds stated below.
 * A flag is a question for compliance to ask, not a finding.
 */
@Service
public class AnomalyWatch {

    /** How far back assessments, sales and proxy confirmations are looked at. */
    static final Duration PERIOD = Duration.ofDays(90);
    /** A reader is flagged with at least this many reads in the day ... */
    static final int READS_FLOOR = 20;
    /** ... and this many times their own usual daily reads (the 28 days before). */
    static final int READS_MULTIPLE = 3;
    static final int BASELINE_DAYS = 28;
    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(19, 0);
    /** A practitioner is flagged with at least this many repeated assessments ... */
    static final int REPEATS_FLOOR = 3;
    /** ... and more than this many times the average of the other practitioners of their institution. */
    static final int REPEATS_MULTIPLE = 2;
    /** A sale "just after" a raise: opened within this time after the assessment that raised the level. */
    static final Duration SOON_AFTER = Duration.ofDays(7);
    /** A practitioner is flagged with at least this many such sales, making at least half of their sales. */
    static final int SOON_AFTER_FLOOR = 2;

    private final ReadingPatterns readings;
    private final ProxyConfirmations proxies;
    private final AssessmentPatterns assessments;
    private final SalesPatterns sales;
    private final AuditTrail audit;
    private final Clock clock;

    AnomalyWatch(ReadingPatterns readings, ProxyConfirmations proxies, AssessmentPatterns assessments,
            SalesPatterns sales, AuditTrail audit, Clock clock) {
        this.readings = readings;
        this.proxies = proxies;
        this.assessments = assessments;
        this.sales = sales;
        this.audit = audit;
        this.clock = clock;
    }

    public record Anomalies(LocalDate day, Instant since, List<ProxyCount> proxyConfirmations,
            List<UnusualReading> readings, List<RepeatedAssessments> repeatedAssessments,
            List<SalesAfterRaises> salesAfterRaises) {
    }

    /** Why a reader is on the list: far above their own pattern, outside business hours, or both. */
    public record UnusualReading(String actor, long reads, double usualPerDay, long outsideHours, boolean aboveUsual) {
    }

    public record RepeatedAssessments(String practitioner, String institution, long assessments, long repeats,
            double peersAverage) {
    }

    public record SalesAfterRaises(String practitioner, long sales, long soonAfterRaise, long raises) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Anomalies on(LocalDate day) {
        Instant since = clock.instant().minus(PERIOD);
        List<UnusualReading> unusual = readings.readingsOn(day, clock.getZone(), BASELINE_DAYS, OPENS, CLOSES).stream()
                .map(reading -> new UnusualReading(reading.actor(), reading.reads(), reading.usualPerDay(),
                        reading.outsideHours(), reading.reads() >= READS_FLOOR
                                && reading.reads() >= READS_MULTIPLE * reading.usualPerDay()))
                .filter(reading -> reading.aboveUsual() || reading.outsideHours() > 0)
                .toList();
        Anomalies anomalies = new Anomalies(day, since, proxies.byRequester(since), unusual, repeated(since),
                salesAfterRaises(since));
        audit.record(AuditEntry.of("ANOMALIES_VIEWED", "anomaly-watch", day.toString(), Map.of(
                "proxyConfirmations", anomalies.proxyConfirmations().size(), "readings", unusual.size(),
                "repeatedAssessments", anomalies.repeatedAssessments().size(),
                "salesAfterRaises", anomalies.salesAfterRaises().size())));
        return anomalies;
    }

    private List<RepeatedAssessments> repeated(Instant since) {
        List<PractitionerAssessments> all = assessments.byPractitioner(since);
        Map<String, List<PractitionerAssessments>> byInstitution = all.stream()
                .collect(Collectors.groupingBy(PractitionerAssessments::institution));
        return all.stream().map(practitioner -> {
            List<PractitionerAssessments> peers = byInstitution.get(practitioner.institution()).stream()
                    .filter(peer -> !peer.practitioner().equals(practitioner.practitioner())).toList();
            double peersAverage = peers.stream().mapToLong(PractitionerAssessments::repeats).average().orElse(0);
            return new RepeatedAssessments(practitioner.practitioner(), practitioner.institution(),
                    practitioner.assessments(), practitioner.repeats(), peersAverage);
        }).filter(flag -> flag.repeats() >= REPEATS_FLOOR && flag.repeats() > REPEATS_MULTIPLE * flag.peersAverage())
                .toList();
    }

    private List<SalesAfterRaises> salesAfterRaises(Instant since) {
        List<LevelRaise> raises = assessments.levelRaises(since.minus(SOON_AFTER));
        Map<String, Long> raisesByPractitioner = raises.stream()
                .collect(Collectors.groupingBy(LevelRaise::practitioner, Collectors.counting()));
        List<CustomerMoment> moments = raises.stream()
                .map(raise -> new CustomerMoment(raise.customerId(), raise.confirmedAt())).toList();
        return sales.openedSoonAfter(moments, SOON_AFTER, since).stream()
                .filter(after -> after.soonAfter() >= SOON_AFTER_FLOOR && 2 * after.soonAfter() >= after.sales())
                .map(after -> new SalesAfterRaises(after.practitioner(), after.sales(), after.soonAfter(),
                        raisesByPractitioner.getOrDefault(after.practitioner(), 0L)))
                .toList();
    }
}
