package io.steward.confirmation.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.confirmation.ConfirmationRequest.Question;
import io.steward.confirmation.ConfirmationRequest.Section;
import io.steward.confirmation.ConfirmationStatus.State;
import io.steward.confirmation.CustomerConfirmed;
import io.steward.confirmation.CustomerDeclined;
import io.steward.confirmation.RequestOrigin;
import io.steward.confirmation.Text;
import io.steward.confirmation.internal.OneTimeCodes.Check;
import io.steward.confirmation.internal.OneTimeCodes.Party;
import io.steward.platform.crypto.FieldEncryption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of the channel: reading, opening sections, asking for a new code, confirming and declining.
 * Every act is signed with the one-time code; a wrong code counts, and the fifth locks the request. The outcome of a
 * confirmation is published as an event inside the same transaction, so the asking module's reaction (an assessment
 * taking effect) and the confirmation are committed together or not at all.
 */
@Service
@Transactional
public class CustomerActs {

    static final int MIN_SPECIAL_STATEMENT = 10;

    private final ChannelRequests requests;
    private final ChannelService channel;
    private final OneTimeCodes codes;
    private final ChannelMessages messages;
    private final ProxyFlags proxyFlags;
    private final FieldEncryption encryption;
    private final ChannelSettings settings;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerActs(ChannelRequests requests, ChannelService channel, OneTimeCodes codes, ChannelMessages messages,
            ProxyFlags proxyFlags, FieldEncryption encryption, ChannelSettings settings,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.channel = channel;
        this.codes = codes;
        this.messages = messages;
        this.proxyFlags = proxyFlags;
        this.encryption = encryption;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ChannelPage> page(String token) {
        return find(token).map(this::page);
    }

    /** Shows a section and records that the customer opened it (CONF-2: each must be opened before confirming). */
    public Optional<Section> openSection(String token, String key, RequestOrigin origin) {
        Optional<RequestRow> found = find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RequestRow row = found.get();
        Optional<Section> section = row.content().sections().stream().filter(s -> s.key().equals(key)).findFirst();
        if (section.isPresent() && row.stateAt(clock.instant()) == State.PENDING && !row.openedSections().contains(key)) {
            requests.markOpened(row.id(), key);
            audit.record(AuditEntry.of("CONFIRMATION_SECTION_OPENED", "confirmation", row.id(), Map.of(
                    "section", key, "address", String.valueOf(origin.address())))
                    .by(customerActor(row)));
        }
        return section;
    }

    public Outcome resendCodes(String token, RequestOrigin origin) {
        Optional<RequestRow> found = lock(token);
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        RequestRow row = found.get();
        State state = row.stateAt(clock.instant());
        if (state != State.PENDING) {
            return new Outcome.NotPending(state);
        }
        if (row.codesSent() >= settings.maxCodesSent) {
            return new Outcome.TooManyCodes();
        }
        String phone = encryption.decrypt(ChannelService.CUSTOMER_PHONE, row.customerPhoneCipher());
        String secondPartyPhone = row.secondPartyPhoneCipher() == null ? null
                : encryption.decrypt(ChannelService.SECOND_PARTY_PHONE, row.secondPartyPhoneCipher());
        requests.countCodeSent(row.id());
        channel.sendCodes(row.id(), row.customerNumber(), row.content(), phone, secondPartyPhone, messages.link(token),
                clock.instant());
        return new Outcome.CodesResent(Phones.masked(phone));
    }

    public Outcome confirm(String token, Submission submission, RequestOrigin origin) {
        Optional<RequestRow> found = lock(token);
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        RequestRow row = found.get();
        Instant now = clock.instant();
        State state = row.stateAt(now);
        if (state != State.PENDING) {
            return new Outcome.NotPending(state);
        }
        Map<String, String> problems = problems(row, submission);
        if (!problems.isEmpty()) {
            return new Outcome.Incomplete(problems);
        }
        Optional<Outcome> refused = verifyCodes(row, submission.code(),
                row.content().needsSecondParty() ? submission.secondPartyCode() : null, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<String> reasons = ProxyFlags.reasons(row, origin);
        ChannelResponse response = new ChannelResponse(submission.answers(), submission.copiedStatements(),
                blankToNull(submission.specialStatement()), submission.secondPartyAgrees(), null);
        requests.complete(row.id(), State.CONFIRMED, response, origin, !reasons.isEmpty(), now);
        codes.discard(row.id());
        audit.record(AuditEntry.of("CUSTOMER_CONFIRMED", "confirmation", row.id(), Map.of(
                "kind", row.kind(), "subject", row.subjectReference(), "customer", row.customerNumber(),
                "secondPartyConfirmed", row.content().needsSecondParty(), "address", String.valueOf(origin.address()),
                "device", String.valueOf(origin.deviceId()), "possibleProxy", !reasons.isEmpty()))
                .by(customerActor(row)));
        if (!reasons.isEmpty()) {
            proxyFlags.raise(row, reasons, origin);
        }
        events.publishEvent(new CustomerConfirmed(row.id(), row.kind(), row.subjectReference(), row.customerId(),
                submission.answers(), submission.copiedStatements(), response.specialStatement(),
                row.content().sections().stream().map(Section::key).toList(), row.content().needsSecondParty(), now,
                origin, !reasons.isEmpty()));
        return new Outcome.Done(State.CONFIRMED);
    }

    public Outcome decline(String token, String code, String reason, RequestOrigin origin) {
        Optional<RequestRow> found = lock(token);
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        RequestRow row = found.get();
        Instant now = clock.instant();
        State state = row.stateAt(now);
        if (state != State.PENDING) {
            return new Outcome.NotPending(state);
        }
        Optional<Outcome> refused = verifyCodes(row, code, null, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        String why = blankToNull(reason);
        requests.complete(row.id(), State.DECLINED, new ChannelResponse(Map.of(), List.of(), null, false, why), origin,
                false, now);
        codes.discard(row.id());
        audit.record(AuditEntry.of("CUSTOMER_DECLINED", "confirmation", row.id(), Map.of(
                "kind", row.kind(), "subject", row.subjectReference(), "customer", row.customerNumber(),
                "reason", why == null ? "" : why, "address", String.valueOf(origin.address())))
                .by(customerActor(row)));
        events.publishEvent(new CustomerDeclined(row.id(), row.kind(), row.subjectReference(), row.customerId(), why,
                now, origin));
        return new Outcome.Done(State.DECLINED);
    }

    /** A visit while a staff member is signed in on the same browser: refused, and recorded against that staff member. */
    public void refusedStaffSession(String token, String staff) {
        find(token).ifPresent(row -> audit.record(AuditEntry.of("CHANNEL_REFUSED_STAFF_SESSION", "confirmation",
                row.id(), Map.of("staff", staff, "subject", row.subjectReference(), "customer", row.customerNumber()))));
    }

    /** Checks the codes; a wrong one counts against the request, and the last allowed try locks it. */
    private Optional<Outcome> verifyCodes(RequestRow row, String code, String secondPartyCode, Instant now) {
        List<Check> checks = new ArrayList<>();
        checks.add(codes.check(row.id(), Party.CUSTOMER, code, now));
        if (secondPartyCode != null) {
            // confirming a co-confirmed request always passes the second party's code (a blank one is refused before
            // any code is checked); declining needs the customer's code only
            checks.add(codes.check(row.id(), Party.SECOND_PARTY, secondPartyCode, now));
        }
        if (checks.contains(Check.WRONG)) {
            int failed = row.failedAttempts() + 1;
            boolean lock = failed >= settings.maxWrongCodes;
            requests.countWrongCode(row.id(), failed, lock, now);
            if (lock) {
                codes.discard(row.id());
                audit.record(AuditEntry.of("CONFIRMATION_LOCKED", "confirmation", row.id(), Map.of(
                        "failedAttempts", failed, "subject", row.subjectReference())).by(customerActor(row)));
                return Optional.of(new Outcome.Locked());
            }
            audit.record(AuditEntry.of("CONFIRMATION_CODE_WRONG", "confirmation", row.id(), Map.of(
                    "failedAttempts", failed)).by(customerActor(row)));
            return Optional.of(new Outcome.WrongCode(settings.maxWrongCodes - failed));
        }
        if (checks.contains(Check.EXPIRED)) {
            return Optional.of(new Outcome.CodeExpired());
        }
        return Optional.empty();
    }

    /** What is missing or wrong in the form, before any code is looked at. Keys are message keys. */
    private Map<String, String> problems(RequestRow row, Submission submission) {
        Map<String, String> problems = new LinkedHashMap<>();
        ChannelContent content = row.content();
        if (!new HashSet<>(row.openedSections()).containsAll(content.sections().stream().map(Section::key).toList())) {
            problems.put("sections", "channel.problem.open-every-section");
        }
        for (Question question : content.questions()) {
            String answer = submission.answers().get(question.code());
            if (answer == null || question.options().stream().noneMatch(option -> option.code().equals(answer))) {
                problems.put("answer." + question.code(), "channel.problem.answer");
            }
        }
        for (int i = 0; i < content.statementsToCopy().size(); i++) {
            Text statement = content.statementsToCopy().get(i);
            String copied = i < submission.copiedStatements().size() ? submission.copiedStatements().get(i) : null;
            if (!copiedWordForWord(statement, copied)) {
                problems.put("statement." + i, "channel.problem.copy");
            }
        }
        if (content.specialStatementPrompt() != null && (submission.specialStatement() == null
                || submission.specialStatement().strip().codePointCount(0, submission.specialStatement().strip().length())
                        < MIN_SPECIAL_STATEMENT)) {
            problems.put("specialStatement", "channel.problem.special-statement");
        }
        if (content.needsSecondParty()) {
            if (!submission.secondPartyAgrees()) {
                problems.put("secondPartyAgrees", "channel.problem.second-party-agrees");
            }
            if (submission.secondPartyCode() == null || submission.secondPartyCode().isBlank()) {
                problems.put("secondPartyCode", "channel.problem.second-party-code");
            }
        }
        if (submission.code() == null || submission.code().isBlank()) {
            problems.put("code", "channel.problem.code");
        }
        return problems;
    }

    /**
     * Word for word: every character counts, in either language's version of the statement; only spacing and line
     * breaks do not, and full-width forms count as their ordinary ones (NFKC).
     */
    static boolean copiedWordForWord(Text statement, String copied) {
        if (copied == null) {
            return false;
        }
        String typed = comparable(copied);
        return !typed.isEmpty() && (typed.equals(comparable(statement.english())) || typed.equals(comparable(statement.chinese())));
    }

    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private ChannelPage page(RequestRow row) {
        String secondPartyTo = row.secondPartyPhoneCipher() == null ? null
                : Phones.masked(encryption.decrypt(ChannelService.SECOND_PARTY_PHONE, row.secondPartyPhoneCipher()));
        return new ChannelPage(row.id(), row.kind(), row.stateAt(clock.instant()), row.content(),
                new HashSet<>(row.openedSections()),
                Phones.masked(encryption.decrypt(ChannelService.CUSTOMER_PHONE, row.customerPhoneCipher())),
                secondPartyTo, Math.max(0, settings.maxWrongCodes - row.failedAttempts()), row.requestedByName(),
                row.createdAt(), row.expiresAt());
    }

    private Optional<RequestRow> find(String token) {
        return ChannelTokens.wellFormed(token) ? requests.findByToken(ChannelTokens.hash(token)) : Optional.empty();
    }

    private Optional<RequestRow> lock(String token) {
        return ChannelTokens.wellFormed(token) ? requests.lockByToken(ChannelTokens.hash(token)) : Optional.empty();
    }

    private static String customerActor(RequestRow row) {
        return "customer:" + row.customerNumber();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
