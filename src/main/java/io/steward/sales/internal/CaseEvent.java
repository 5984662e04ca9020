package io.steward.sales.internal;

import io.steward.confirmation.CustomerConfirmed;
import io.steward.sales.CaseState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a move of a {@link SalesCase} did: from which state to which, and the facts of the move. Each event is one line
 * of the case's timeline and one audit event ({@code SALE_} + {@link #step()}) with {@link #details()}.
 */
sealed interface CaseEvent {

    /** Where the case was before the move; {@code null} for the opening. */
    CaseState from();

    CaseState to();

    /** The facts of the move for the timeline and the audit trail (never personal data beyond the customer number). */
    Map<String, Object> details();

    /** The step's name in the timeline and, after {@code SALE_}, the audit event type: stable, never renamed. */
    default String step() {
        return switch (this) {
            case Opened opened -> "OPENED";
            case Denied denied -> denied.from() == null ? "DENIED" : "SUBMISSION_DENIED";
            case CustomerConfirmedDisclosure confirmed -> "CUSTOMER_CONFIRMED";
            case Witnessed witnessed -> "WITNESSED";
            case EvidenceAttached attached -> "EVIDENCE_ATTACHED";
            case ConditionsChanged changed -> "CONDITIONS_CHANGED";
            case Submitted submitted -> "SUBMITTED";
            case CoolingOffStarted started -> "COOLING_OFF_STARTED";
            case Released released -> "RELEASED";
            case Cancelled cancelled -> cancelled.byCustomer() ? "CANCELLED_BY_CUSTOMER" : "CANCELLED_BY_PRACTITIONER";
            case CancellationLinkSent sent -> "CANCELLATION_LINK_SENT";
        };
    }

    /** The policy allowed the sale at opening; the disclosure goes to the customer. */
    record Opened(SalesCase.Sale sale, DecisionLog.Taken decision) implements CaseEvent {
        public CaseState from() {
            return null;
        }

        public CaseState to() {
            return CaseState.AWAITING_CUSTOMER;
        }

        public Map<String, Object> details() {
            return opening(sale, decision);
        }
    }

    /** The policy refused the sale: at opening ({@code from} null) or at submission. */
    record Denied(CaseState from, SalesCase.Sale sale, DecisionLog.Taken decision) implements CaseEvent {
        public CaseState to() {
            return CaseState.DENIED;
        }

        public Map<String, Object> details() {
            return from == null ? opening(sale, decision) : decided(decision);
        }
    }

    /** CONF-1: the customer confirmed the disclosure on their own device. */
    record CustomerConfirmedDisclosure(CaseState from, CaseState to, CustomerConfirmed act) implements CaseEvent {
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("request", act.requestId());
            details.put("openedSections", act.openedSections());
            details.put("statementsCopied", act.copiedStatements().size());
            details.put("specialStatement", act.specialStatement() != null);
            details.put("guardianCoConfirmed", act.secondPartyConfirmed());
            details.put("possibleProxy", act.possibleProxy());
            details.put("address", String.valueOf(act.origin().address()));
            return details;
        }
    }

    /** ELDER-2 / MATCH-1: a retail head gave the second risk warning, heard the intention confirmed and signed. */
    record Witnessed(CaseState from, CaseState to, String witness, String institution) implements CaseEvent {
        public Map<String, Object> details() {
            return Map.of("secondRiskWarningGiven", true, "intentConfirmed", true, "witnessInstitution", institution);
        }
    }

    /** REC-1: a recording was attached; it moves the case only when it was the last thing missing. */
    record EvidenceAttached(CaseState from, CaseState to, Recording recording) implements CaseEvent {
        public Map<String, Object> details() {
            return Map.of("filename", recording.filename(), "mediaType", recording.mediaType(), "sizeBytes",
                    recording.sizeBytes(), "sha256", recording.sha256());
        }
    }

    /** A recording as kept in the case's evidence: its document in the store, what it is, its SHA-256. */
    record Recording(String document, String filename, String mediaType, long sizeBytes, String sha256) {
    }

    /** Conditions appeared since opening (a 65th birthday, say): the case goes back to collect them. */
    record ConditionsChanged(CaseState from, CaseState to, DecisionLog.Taken decision) implements CaseEvent {
        public Map<String, Object> details() {
            return decided(decision);
        }
    }

    /** The policy allowed the sale again and the application form was filed. */
    record Submitted(DecisionLog.Taken decision, String applicationFormSha256) implements CaseEvent {
        public CaseState from() {
            return CaseState.READY;
        }

        public CaseState to() {
            return CaseState.SUBMITTED;
        }

        public Map<String, Object> details() {
            Map<String, Object> details = decided(decision);
            details.put("applicationFormSha256", applicationFormSha256);
            return details;
        }
    }

    /** COOL-1: the order waits until the cooling-off period ends; the customer may cancel until then. */
    record CoolingOffStarted(Instant until) implements CaseEvent {
        public CaseState from() {
            return CaseState.SUBMITTED;
        }

        public CaseState to() {
            return CaseState.COOLING_OFF;
        }

        public Map<String, Object> details() {
            return Map.of("coolingOffUntil", until);
        }
    }

    /** The order goes to core banking: at submission, or when the cooling-off period ended. */
    record Released(CaseState from, Instant coolingOffUntil) implements CaseEvent {
        public CaseState to() {
            return CaseState.RELEASED;
        }

        public Map<String, Object> details() {
            return coolingOffUntil == null ? Map.of() : Map.of("coolingOffUntil", coolingOffUntil);
        }
    }

    /** Cancelled by the customer on the channel ({@code request}) or by the practitioner, with a reason. */
    record Cancelled(CaseState from, boolean byCustomer, String reason, Long request) implements CaseEvent {
        public CaseState to() {
            return CaseState.CANCELLED;
        }

        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            if (request != null) {
                details.put("request", request);
            }
            details.put("reason", reason);
            return details;
        }
    }

    /** The customer was sent a link through which they alone may cancel; the case stays where it is. */
    record CancellationLinkSent(CaseState from, long request) implements CaseEvent {
        public CaseState to() {
            return from;
        }

        public Map<String, Object> details() {
            return Map.of("request", request);
        }
    }

    private static Map<String, Object> opening(SalesCase.Sale sale, DecisionLog.Taken decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("customer", sale.customerNumber());
        details.put("product", sale.productCode());
        details.put("amount", sale.amount());
        details.putAll(decided(decision));
        return details;
    }

    private static Map<String, Object> decided(DecisionLog.Taken decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", decision.id());
        details.put("outcome", decision.decision().outcome());
        details.put("rules", decision.ruleIds());
        return details;
    }
}
