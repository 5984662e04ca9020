package io.steward.assessment.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.assessment.AssessmentLocation;
import io.steward.assessment.AssessmentPolicy;
import io.steward.assessment.AssessmentStatus;
import io.steward.assessment.Questionnaire;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.ConfirmationRequest;
import io.steward.confirmation.ConfirmationRequest.RequestedBy;
import io.steward.confirmation.ConfirmationRequest.SecondParty;
import io.steward.confirmation.ConfirmationStatus;
import io.steward.confirmation.ConfirmationTicket;
import io.steward.confirmation.CustomerChannel;
import io.steward.confirmation.RequestOrigin;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerBook.ChannelContacts;
import io.steward.customer.CustomerBook.GuardianContact;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerGrant;
import io.steward.platform.DomainRefusal;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practitioner starts an assessment: it goes to the customer channel, where the customer answers and confirms
 * (CONF-1). A minor's assessment only in person and with a verified guardian who co-confirms with their own code
 * (ASSESS-4). One assessment is open per customer at a time; one left behind by an expired or locked link is
 * cancelled when the next is started.
 */
@Service
@Transactional
public class AssessmentStart {

    private final JdbcClient jdbc;
    private final AssessmentRows rows;
    private final Questionnaires questionnaires;
    private final AssessmentChannelContent content;
    private final ReviewTriggers triggers;
    private final AssessmentPolicy policy;
    private final CustomerAccess access;
    private final CustomerBook book;
    private final CustomerChannel channel;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentStart(JdbcClient jdbc, AssessmentRows rows, Questionnaires questionnaires,
            AssessmentChannelContent content, ReviewTriggers triggers, AssessmentPolicy policy, CustomerAccess access,
            CustomerBook book, CustomerChannel channel, Actors actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.questionnaires = questionnaires;
        this.content = content;
        this.triggers = triggers;
        this.policy = policy;
        this.access = access;
        this.book = book;
        this.channel = channel;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    public record StartRequest(@NotNull AssessmentLocation location, Long guardianId) {
    }

    /** The started assessment, where the code went, and whether ASSESS-3 will send it to review as things stand. */
    public record Started(long assessmentId, long confirmationRequestId, String sentTo, String guardianSentTo,
            java.time.Instant linkExpiresAt, List<String> reviewExpected) {
    }

    public Started start(String number, StartRequest request, RequestOrigin origin) {
        CustomerGrant grant = access.requireFull(number);
        CurrentActor practitioner = actors.current();
        CustomerFacts customer = book.facts(grant.customerId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        closeStale(customer);
        GuardianContact guardian = null;
        if (customer.minorOn(today)) {
            guardian = minorsGuardian(customer, request);
        }
        Questionnaire questionnaire = questionnaires.currentOn(today);
        long id = jdbc.sql("""
                insert into assessment (customer_id, customer_number, questionnaire_version, status, location,
                    institution_code, guardian_id, started_by, started_at)
                values (?, ?, ?, 'STARTED', ?, ?, ?, ?, ?) returning id""")
                .params(customer.id(), customer.number(), questionnaire.version(), request.location().name(),
                        practitioner.institutionCode(), guardian == null ? null : guardian.guardianId(),
                        practitioner.username(), OffsetDateTime.now(clock))
                .query(Long.class).single();
        ChannelContacts contacts = book.channelContacts(customer.id());
        ConfirmationTicket ticket = channel.request(new ConfirmationRequest(ConfirmationKind.ASSESSMENT,
                subjectOf(id), customer.id(), customer.number(), contacts.phone(), content.title(),
                content.sections(policy.validityDays(), guardian != null), List.of(), null,
                content.questions(questionnaire),
                guardian == null ? null : new SecondParty(content.guardianRole(), guardian.fullName(), guardian.phone()),
                new RequestedBy(practitioner.username(), practitioner.fullName(), origin)));
        jdbc.sql("update assessment set confirmation_request_id = ? where id = ?").params(ticket.requestId(), id).update();
        List<String> expected = triggers.of(customer.id(), id, today).names();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assessmentId", id);
        details.put("questionnaireVersion", questionnaire.version());
        details.put("location", request.location());
        details.put("minor", guardian != null);
        details.put("guardianId", guardian == null ? "-" : guardian.guardianId());
        details.put("confirmationRequestId", ticket.requestId());
        details.put("reviewExpected", expected);
        audit.record(AuditEntry.of("ASSESSMENT_STARTED", "customer", customer.number(), details));
        return new Started(id, ticket.requestId(), ticket.sentTo(), ticket.secondPartySentTo(), ticket.expiresAt(),
                expected);
    }

    /** The practitioner takes back an assessment the customer has not confirmed. */
    public void withdraw(String number, long assessmentId, String reason) {
        CustomerGrant grant = access.requireFull(number);
        AssessmentRow assessment = rows.lock(assessmentId).filter(a -> a.customerId() == grant.customerId())
                .orElseThrow(() -> DomainRefusal.notFound("unknown-assessment", "No such assessment", assessmentId));
        if (assessment.status() != AssessmentStatus.STARTED) {
            throw DomainRefusal.conflict("assessment-not-started",
                    "Only an assessment waiting for the customer can be withdrawn");
        }
        cancel(assessment, reason);
        channel.withdraw(assessment.confirmationRequestId(), reason);
    }

    /** ASSESS-4: "Minor investors can only complete ... risk tolerance assessment at bank outlets accompanied by legal
     * guardians", under a guardian verified "by verifying the household registration book or other legal documents". */
    private GuardianContact minorsGuardian(CustomerFacts customer, StartRequest request) {
        if (request.location() != AssessmentLocation.IN_PERSON) {
            throw DomainRefusal.byRules("minor-assessment-in-person",
                    "A minor's assessment is taken in person at the bank, with the legal guardian", List.of("ASSESS-4"));
        }
        List<GuardianContact> verified = book.channelContacts(customer.id()).guardians().stream()
                .filter(GuardianContact::verified)
                .filter(g -> request.guardianId() == null || g.guardianId() == request.guardianId())
                .toList();
        if (verified.isEmpty()) {
            throw DomainRefusal.byRules("minor-assessment-guardian",
                    "A minor's assessment needs a verified legal guardian on file", List.of("ASSESS-4"));
        }
        if (verified.size() > 1) {
            throw DomainRefusal.invalid("choose-guardian", "Choose which verified guardian co-confirms");
        }
        return verified.getFirst();
    }

    /** An open assessment blocks a new one, unless its link has run out or was locked: then it is cancelled. */
    private void closeStale(CustomerFacts customer) {
        rows.open(customer.id()).ifPresent(open -> {
            ConfirmationStatus.State state = open.confirmationRequestId() == null ? ConfirmationStatus.State.EXPIRED
                    : channel.status(open.confirmationRequestId()).map(ConfirmationStatus::state)
                            .orElse(ConfirmationStatus.State.EXPIRED);
            if (open.status() == AssessmentStatus.AWAITING_REVIEW || state == ConfirmationStatus.State.PENDING) {
                throw DomainRefusal.conflict("assessment-in-progress",
                        "An assessment of this customer is still open: wait for it or withdraw it first");
            }
            cancel(open, "link " + state.name().toLowerCase());
            if (open.confirmationRequestId() != null) {
                channel.withdraw(open.confirmationRequestId(), "superseded by a new assessment");
            }
        });
    }

    private void cancel(AssessmentRow assessment, String reason) {
        jdbc.sql("update assessment set status = 'CANCELLED', cancelled_reason = ? where id = ?")
                .params(reason == null || reason.isBlank() ? "withdrawn" : reason.strip(), assessment.id()).update();
        audit.record(AuditEntry.of("ASSESSMENT_CANCELLED", "customer", assessment.customerNumber(), Map.of(
                "assessmentId", assessment.id(), "reason", reason == null ? "" : reason.strip())));
    }

    static String subjectOf(long assessmentId) {
        return "assessment:" + assessmentId;
    }

    static long idOf(String subject) {
        return Long.parseLong(subject.substring("assessment:".length()));
    }
}
