package io.steward.confirmation.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.confirmation.ConfirmationRequest;
import io.steward.confirmation.ConfirmationStatus;
import io.steward.confirmation.ConfirmationStatus.State;
import io.steward.confirmation.ConfirmationTicket;
import io.steward.confirmation.CustomerChannel;
import io.steward.confirmation.RequestOrigin;
import io.steward.confirmation.internal.OneTimeCodes.Party;
import io.steward.platform.DomainRefusal;
import io.steward.platform.crypto.FieldEncryption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff side of the channel: asking for a confirmation, following it, withdrawing it. */
@Service
@Transactional
class ChannelService implements CustomerChannel {

    static final String CUSTOMER_PHONE = "confirmation.phone";
    static final String SECOND_PARTY_PHONE = "confirmation.second-party-phone";

    private final JdbcClient jdbc;
    private final ChannelRequests requests;
    private final OneTimeCodes codes;
    private final ChannelMessages messages;
    private final FieldEncryption encryption;
    private final ChannelSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ChannelService(JdbcClient jdbc, ChannelRequests requests, OneTimeCodes codes, ChannelMessages messages,
            FieldEncryption encryption, ChannelSettings settings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.codes = codes;
        this.messages = messages;
        this.encryption = encryption;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ConfirmationTicket request(ConfirmationRequest request) {
        if (request.customerPhone().isBlank()
                || (request.secondParty() != null && (request.secondParty().phone() == null
                        || request.secondParty().phone().isBlank()))) {
            throw DomainRefusal.invalid("channel-phone-missing", "A confirmation needs a registered phone to send the code to");
        }
        Instant now = clock.instant();
        String token = ChannelTokens.newToken();
        ChannelContent content = new ChannelContent(request.title(), request.sections(), request.statementsToCopy(),
                request.specialStatementPrompt(), request.questions(),
                request.secondParty() == null ? null : request.secondParty().role(),
                request.secondParty() == null ? null : request.secondParty().name());
        RequestOrigin origin = request.requestedBy().origin() == null ? new RequestOrigin(null, null, null)
                : request.requestedBy().origin();
        long id = jdbc.sql("""
                insert into confirmation_request (token_hash, kind, subject_reference, customer_id, customer_number, content,
                    customer_phone_cipher, second_party_phone_cipher, requested_by, requested_by_name, requested_address,
                    requested_user_agent, requested_device, status, created_at, expires_at, codes_sent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, 1) returning id""")
                .params(ChannelTokens.hash(token), request.kind().name(), request.subjectReference(),
                        request.customerId(), request.customerNumber(), requests.write(content),
                        encryption.encrypt(CUSTOMER_PHONE, request.customerPhone()),
                        request.secondParty() == null ? null
                                : encryption.encrypt(SECOND_PARTY_PHONE, request.secondParty().phone()),
                        request.requestedBy().username(), request.requestedBy().fullName(), origin.address(),
                        origin.userAgent(), origin.deviceId(), utc(now), utc(now.plus(settings.linkValidity)))
                .query(Long.class).single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", request.kind());
        details.put("subject", request.subjectReference());
        details.put("customer", request.customerNumber());
        details.put("sections", request.sections().size());
        details.put("statementsToCopy", request.statementsToCopy().size());
        details.put("specialStatement", request.specialStatementPrompt() != null);
        details.put("questions", request.questions().size());
        details.put("secondParty", request.secondParty() != null);
        details.put("requestedBy", request.requestedBy().username());
        audit.record(AuditEntry.of("CONFIRMATION_REQUESTED", "confirmation", id, details));
        String link = messages.link(token);
        sendCodes(id, request.customerNumber(), content, request.customerPhone(),
                request.secondParty() == null ? null : request.secondParty().phone(), link, now);
        return new ConfirmationTicket(id, now.plus(settings.linkValidity), Phones.masked(request.customerPhone()),
                request.secondParty() == null ? null : Phones.masked(request.secondParty().phone()));
    }

    /** Issues and sends fresh codes to the customer and, where asked, the second party. */
    void sendCodes(long id, String customerNumber, ChannelContent content, String customerPhone,
            String secondPartyPhone, String link, Instant now) {
        messages.sendToCustomer(id, customerPhone, content.title().english(), content.title().chinese(), link,
                codes.issue(id, Party.CUSTOMER, now));
        if (secondPartyPhone != null) {
            messages.sendToSecondParty(id, secondPartyPhone, content.title().english(), content.title().chinese(),
                    customerNumber, link, codes.issue(id, Party.SECOND_PARTY, now));
        }
        audit.record(AuditEntry.of("CONFIRMATION_CODE_SENT", "confirmation", id, Map.of(
                "to", Phones.masked(customerPhone),
                "secondPartyTo", secondPartyPhone == null ? "-" : Phones.masked(secondPartyPhone))));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConfirmationStatus> status(long requestId) {
        return requests.find(requestId).map(row -> row.status(clock.instant()));
    }

    @Override
    public void withdraw(long requestId, String reason) {
        RequestRow row = requests.lock(requestId).orElseThrow(() -> DomainRefusal.notFound("unknown-confirmation",
                "No such confirmation request", requestId));
        if (row.storedState() != State.PENDING) {
            return;
        }
        requests.complete(requestId, State.WITHDRAWN, null, null, false, clock.instant());
        codes.discard(requestId);
        audit.record(AuditEntry.of("CONFIRMATION_WITHDRAWN", "confirmation", requestId, Map.of(
                "subject", row.subjectReference(), "reason", reason == null ? "" : reason)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
