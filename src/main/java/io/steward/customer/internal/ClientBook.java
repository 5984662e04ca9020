package io.steward.customer.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.AgeBand;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerRiskLevel;
import io.steward.customer.CustomerView;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.PhoneNumber;
import io.steward.customer.RiskProfiles;
import io.steward.customer.RiskProfiles.RiskProfile;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client book: a practitioner's own customers in full, or for an assistant the low-sensitivity rows of the
 * practitioners they assist. Search by name or customer number, or — practitioners only — by an exact phone or
 * identity number (found through its keyed hash; assistants may search by customer number only). Filters: risk
 * level, assessment expiring within 30 days, aged 65+, minors, no valid assessment. Every list read is one audit
 * event with the number of rows.
 */
@Service
@Transactional
public class ClientBook {

    static final int EXPIRY_WINDOW_DAYS = 30;

    private final CustomerRows rows;
    private final CustomerScopes scopes;
    private final RiskProfiles risks;
    private final CustomerTaskService tasks;
    private final PersonalData personal;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    ClientBook(CustomerRows rows, CustomerScopes scopes, RiskProfiles risks, CustomerTaskService tasks, PersonalData personal,
            Actors actors, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.scopes = scopes;
        this.risks = risks;
        this.tasks = tasks;
        this.personal = personal;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    public record Filter(String q, CustomerRiskLevel level, boolean expiring, boolean aged65, boolean minors,
            boolean noValidAssessment) {

        public static Filter none() {
            return new Filter(null, null, false, false, false, false);
        }
    }

    /** How a customer's assessment stands today. */
    public enum AssessmentStatus {
        VALID,
        EXPIRING,
        EXPIRED,
        NONE
    }

    /** One row: for the low-sensitivity view the name is masked and the age is a band. */
    public record Row(String number, String name, Integer age, AgeBand ageBand, CustomerRiskLevel level,
            LocalDate validThrough, AssessmentStatus assessment, String practitioner, int openTasks) {
    }

    public record Page(CustomerView view, List<Row> rows) {
    }

    public Page list(Filter filter) {
        CurrentActor actor = actors.current();
        CustomerScopes.Book book = scopes.bookOf(actor);
        LocalDate today = LocalDate.now(clock);
        Search search = Search.of(filter.q(), book.view() == CustomerView.FULL, personal);
        List<CustomerRow> found = search.nothing() ? List.of() : rows.book(book.practitioners(), search.text(), search.phoneHash(),
                search.identityHash(), filter.aged65() ? today.minusYears(65) : null,
                filter.minors() ? today.minusYears(18) : null);
        List<Long> ids = found.stream().map(CustomerRow::id).toList();
        Map<Long, RiskProfile> profiles = ids.isEmpty() ? Map.of() : risks.on(ids, today);
        Map<Long, Integer> openTasks = tasks.openCounts(ids);
        Stream<Row> rows = found.stream().map(row -> row(row, book.view(), profiles.get(row.id()), today,
                openTasks.getOrDefault(row.id(), 0)));
        if (filter.level() != null) {
            rows = rows.filter(row -> row.assessment() != AssessmentStatus.NONE
                    && row.assessment() != AssessmentStatus.EXPIRED && row.level() == filter.level());
        }
        if (filter.expiring()) {
            rows = rows.filter(row -> row.assessment() == AssessmentStatus.EXPIRING);
        }
        if (filter.noValidAssessment()) {
            rows = rows.filter(row -> row.assessment() == AssessmentStatus.NONE
                    || row.assessment() == AssessmentStatus.EXPIRED);
        }
        List<Row> result = rows.toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("view", book.view());
        details.put("count", result.size());
        details.put("searched", filter.q() != null && !filter.q().isBlank());
        details.put("level", String.valueOf(filter.level()));
        details.put("expiring", filter.expiring());
        details.put("aged65", filter.aged65());
        details.put("minors", filter.minors());
        details.put("noValidAssessment", filter.noValidAssessment());
        audit.recordRead(AuditEntry.of("CUSTOMER_LIST_VIEWED", "customer-book", actor.username(), details));
        return new Page(book.view(), result);
    }

    static AssessmentStatus status(RiskProfile profile, LocalDate today) {
        if (profile == null) {
            return AssessmentStatus.NONE;
        }
        if (!profile.validOn(today)) {
            return AssessmentStatus.EXPIRED;
        }
        return profile.expiresWithin(today, EXPIRY_WINDOW_DAYS) ? AssessmentStatus.EXPIRING : AssessmentStatus.VALID;
    }

    private static Row row(CustomerRow row, CustomerView view, RiskProfile profile, LocalDate today, int openTasks) {
        int age = AgeBand.ageOn(row.birthDate(), today);
        boolean full = view == CustomerView.FULL;
        return new Row(row.number(), full ? row.fullName() : CustomerFacts.maskName(row.fullName()),
                full ? age : null, AgeBand.of(age), profile == null ? null : profile.level(),
                profile == null ? null : profile.validThrough(), status(profile, today), row.practitioner(), openTasks);
    }

    /** What the search box holds: a customer number, a phone or identity number (by hash), or part of a name. */
    record Search(String text, String phoneHash, String identityHash, boolean nothing) {

        Search(String text, String phoneHash, String identityHash) {
            this(text, phoneHash, identityHash, false);
        }

        static Search of(String q, boolean fullView, PersonalData personal) {
            if (q == null || q.isBlank()) {
                return new Search(null, null, null);
            }
            String compact = q.strip();
            if (compact.toUpperCase().matches("C[0-9]{1,8}")) {
                return new Search(compact, null, null);
            }
            if (!fullView) {
                // assistants search their low-sensitivity rows by customer number only: a name or a phone number
                // typed in would otherwise confirm who is a customer
                return new Search(null, null, null, true);
            }
            try {
                return new Search(null, personal.phoneHash(PhoneNumber.normalize(compact)), null);
            } catch (DomainRefusal notAPhone) {
                String identity = IdentityDocumentType.normalize(compact);
                if (identity.matches("(?=.*[0-9])[A-Z0-9]{6,18}")) {
                    return new Search(null, null, personal.identityHash(identity));
                }
                return new Search(compact, null, null);
            }
        }
    }
}
