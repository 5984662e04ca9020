package io.steward.customer.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerTasks.NewTask;
import io.steward.customer.PhoneNumber;
import io.steward.customer.ReferralDecided;
import io.steward.customer.ReferralMade;
import io.steward.customer.Referrals;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.platform.DomainRefusal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ReferralService implements Referrals {

    private static final String SELECT = """
            select r.id, r.prospect_name, r.phone_cipher, r.note, r.referred_by, r.practitioner, r.status, r.created_at,
                   r.decided_at, r.decline_reason, c.number
            from referral r left join customer c on c.id = r.customer_id""";

    private final JdbcClient jdbc;
    private final Actors actors;
    private final StaffDirectory directory;
    private final PersonalData personal;
    private final CustomerRegistrationService registration;
    private final CustomerScopes scopes;
    private final CustomerTaskService tasks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralService(JdbcClient jdbc, Actors actors, StaffDirectory directory, PersonalData personal,
            CustomerRegistrationService registration, CustomerScopes scopes, CustomerTaskService tasks, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.directory = directory;
        this.personal = personal;
        this.registration = registration;
        this.scopes = scopes;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Referral refer(NewReferral request) {
        CurrentActor actor = actors.current();
        String practitioner = request.practitioner().strip();
        if (practitioner.equals(actor.username())) {
            throw DomainRefusal.invalid("referral-to-self", "Refer the customer to another practitioner");
        }
        boolean certified = directory.find(practitioner).filter(member -> member.holds(Role.PRACTITIONER)).isPresent()
                && directory.holdsValidCertificate(practitioner, LocalDate.now(clock));
        if (!certified) {
            throw DomainRefusal.byRules("referral-practitioner",
                    practitioner + " is not a practitioner with a valid certificate", List.of("QUAL-1"), practitioner);
        }
        String phone = PhoneNumber.normalize(request.phone());
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        long id = jdbc.sql("""
                insert into referral (prospect_name, phone_cipher, phone_hash, note, referred_by, practitioner, status, created_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', ?) returning id""")
                .params(request.prospectName().strip(), personal.encrypt(PersonalData.REFERRAL_PHONE, phone),
                        personal.phoneHash(phone), note, actor.username(), practitioner, OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.record(AuditEntry.of("REFERRAL_CREATED", "referral", id, Map.of(
                "referredBy", actor.username(), "practitioner", practitioner)));
        tasks.raise(new NewTask(null, practitioner, "REFERRAL", "customer.task.referral",
                List.of(request.prospectName().strip(), actor.username()), taskKey(id), null));
        events.publishEvent(new ReferralMade(id, request.prospectName().strip(), actor.username(), practitioner,
                LocalDate.now(clock)));
        return find(id);
    }

    @Override
    public Referral accept(long referralId, Acceptance acceptance) {
        CurrentActor actor = actors.current();
        Referral referral = pendingFor(actor, referralId);
        boolean registerNew = acceptance.customer() != null;
        boolean linkExisting = acceptance.existingCustomerNumber() != null && !acceptance.existingCustomerNumber().isBlank();
        if (registerNew == linkExisting) {
            throw DomainRefusal.invalid("referral-acceptance",
                    "Accept a referral with either a new customer or the number of one in your book");
        }
        long customerId;
        if (registerNew) {
            CustomerFacts created = registration.registerFor(actor.username(), acceptance.customer());
            customerId = created.id();
        } else {
            customerId = scopes.requireFull(acceptance.existingCustomerNumber().strip()).customerId();
        }
        jdbc.sql("update referral set status = 'ACCEPTED', decided_at = ?, customer_id = ? where id = ?")
                .params(OffsetDateTime.now(clock), customerId, referralId).update();
        Referral accepted = find(referralId);
        tasks.close(taskKey(referralId));
        audit.record(AuditEntry.of("REFERRAL_ACCEPTED", "referral", referralId, Map.of(
                "practitioner", actor.username(), "customer", accepted.customerNumber(), "newCustomer", registerNew)));
        events.publishEvent(new ReferralDecided(referralId, actor.username(), Status.ACCEPTED, accepted.customerNumber(), null,
                LocalDate.now(clock)));
        return accepted;
    }

    @Override
    public Referral decline(long referralId, Decline decline) {
        CurrentActor actor = actors.current();
        pendingFor(actor, referralId);
        jdbc.sql("update referral set status = 'DECLINED', decided_at = ?, decline_reason = ? where id = ?")
                .params(OffsetDateTime.now(clock), decline.reason().strip(), referralId).update();
        tasks.close(taskKey(referralId));
        audit.record(AuditEntry.of("REFERRAL_DECLINED", "referral", referralId, Map.of(
                "practitioner", actor.username(), "reason", decline.reason().strip())));
        events.publishEvent(new ReferralDecided(referralId, actor.username(), Status.DECLINED, null, decline.reason().strip(),
                LocalDate.now(clock)));
        return find(referralId);
    }

    /** Pending referrals addressed to the current practitioner. */
    @Transactional(readOnly = true)
    public List<Referral> inbox() {
        return jdbc.sql(SELECT + " where r.practitioner = ? and r.status = 'PENDING' order by r.created_at")
                .param(actors.current().username()).query(this::map).list();
    }

    /** Referrals the current staff member made: what happened to them, nothing more. */
    @Transactional(readOnly = true)
    public List<Referral> madeByMe() {
        return jdbc.sql(SELECT + " where r.referred_by = ? order by r.created_at desc limit 100")
                .param(actors.current().username()).query(this::map).list().stream()
                .map(r -> new Referral(r.id(), r.prospectName(), r.maskedPhone(), r.note(), r.referredBy(),
                        r.practitioner(), r.status(), r.createdAt(), r.decidedAt(), r.declineReason(), null))
                .toList();
    }

    /** The prospect's phone, for the practitioner the referral is addressed to (to register the customer). */
    @Transactional(readOnly = true)
    public String prospectPhone(long referralId) {
        pendingFor(actors.current(), referralId);
        return jdbc.sql("select phone_cipher from referral where id = ?").param(referralId)
                .query(String.class).optional().map(c -> personal.decrypt(PersonalData.REFERRAL_PHONE, c)).orElseThrow();
    }

    private Referral pendingFor(CurrentActor actor, long referralId) {
        Referral referral = jdbc.sql(SELECT + " where r.id = ?").param(referralId).query(this::map).optional()
                .filter(r -> r.practitioner().equals(actor.username()))
                .orElseThrow(() -> DomainRefusal.notFound("unknown-referral", "No such referral", referralId));
        if (!actor.actsAsPractitioner()) {
            throw DomainRefusal.byRules("practitioner-certificate-required",
                    "Only a practitioner with a valid certificate today may take on a customer", List.of("QUAL-1"));
        }
        if (referral.status() != Status.PENDING) {
            throw DomainRefusal.conflict("referral-decided", "The referral was already " + referral.status(),
                    referral.status());
        }
        return referral;
    }

    private Referral find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::map).single();
    }

    private Referral map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new Referral(rs.getLong("id"), rs.getString("prospect_name"),
                PhoneNumber.masked(personal.decrypt(PersonalData.REFERRAL_PHONE, rs.getString("phone_cipher"))),
                rs.getString("note"), rs.getString("referred_by"), rs.getString("practitioner"),
                Status.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant(), rs.getString("decline_reason"), rs.getString("number"));
    }

    private static String taskKey(long referralId) {
        return "referral:" + referralId;
    }
}
