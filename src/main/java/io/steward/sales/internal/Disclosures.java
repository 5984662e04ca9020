package io.steward.sales.internal;

import io.steward.access.CurrentActor;
import io.steward.confirmation.ConfirmationKind;
import io.steward.confirmation.ConfirmationRequest;
import io.steward.confirmation.ConfirmationRequest.RequestedBy;
import io.steward.confirmation.ConfirmationRequest.Section;
import io.steward.confirmation.ConfirmationRequest.SecondParty;
import io.steward.confirmation.ConfirmationTicket;
import io.steward.confirmation.CustomerChannel;
import io.steward.confirmation.RequestOrigin;
import io.steward.confirmation.Text;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerBook.ChannelContacts;
import io.steward.customer.CustomerBook.GuardianContact;
import io.steward.customer.CustomerFacts;
import io.steward.product.DisclosureElement;
import io.steward.product.Product;
import io.steward.suitability.Condition;
import io.steward.suitability.Decision;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the customer reads and does on the channel for a sale (CONF-1, CONF-2): every product element, each to be
 * opened; the risk statement to copy word for word; where MATCH-1 applies, the risk reiterated with the suitable
 * alternatives and a special statement of their own; and for a minor (MINOR-1) the verified guardian co-confirms.
 * Later, the link through which the customer may cancel until the order is released (COOL-1).
 */
@Component
class Disclosures {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final CustomerChannel channel;
    private final CustomerBook customers;
    private final Advice advice;
    private final MessageSource messages;
    private final Clock clock;

    Disclosures(CustomerChannel channel, CustomerBook customers, Advice advice, MessageSource messages, Clock clock) {
        this.channel = channel;
        this.customers = customers;
        this.advice = advice;
        this.messages = messages;
        this.clock = clock;
    }

    /** Sends the disclosure of a case just opened to the customer's channel; the channel request's id. */
    long send(SalesCase sale, CustomerFacts customer, Product product, Decision decision, CurrentActor practitioner,
            RequestOrigin origin) {
        ChannelContacts contacts = customers.channelContacts(customer.id());
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<DisclosureElement, String> element : product.disclosure().elements().entrySet()) {
            sections.add(new Section(element.getKey().name(), text("sales.disclosure.element." + element.getKey().name()),
                    Text.of(element.getValue())));
        }
        Text specialStatementPrompt = null;
        if (decision.conditions().contains(Condition.RISK_REITERATION)) {
            sections.add(new Section("RISK_REITERATION", text("sales.disclosure.reiteration.title"),
                    text("sales.disclosure.reiteration.body", product.name(), product.riskLevel(),
                            alternatives(sale, customer, practitioner))));
        }
        if (decision.conditions().contains(Condition.SPECIAL_STATEMENT)) {
            specialStatementPrompt = text("sales.disclosure.special-statement", product.name(), product.riskLevel());
        }
        SecondParty guardian = null;
        if (decision.conditions().contains(Condition.GUARDIAN_PRESENT)) {
            GuardianContact verified = contacts.guardians().stream().filter(GuardianContact::verified).findFirst()
                    .orElseThrow();
            guardian = new SecondParty(text("sales.disclosure.guardian"), verified.fullName(), verified.phone());
        }
        ConfirmationTicket ticket = channel.request(new ConfirmationRequest(ConfirmationKind.SALE_DISCLOSURE,
                "sales-case:" + sale.number(), customer.id(), customer.number(), contacts.phone(),
                text("sales.disclosure.title", product.name(), sale.sale().amount().toPlainString(),
                        sale.sale().currency()),
                sections, List.of(text("sales.disclosure.risk-statement", product.name(), product.code(),
                        product.riskLevel())),
                specialStatementPrompt, List.of(), guardian,
                new RequestedBy(practitioner.username(), practitioner.fullName(), origin)));
        return ticket.requestId();
    }

    /** COOL-1 / cancellation: a link through which the customer alone may cancel, until the order is released. */
    long sendCancellationLink(SalesCase sale, String practitionerName, RequestOrigin origin) {
        SalesCase.Sale what = sale.sale();
        ChannelContacts contacts = customers.channelContacts(what.customerId());
        ConfirmationTicket ticket = channel.request(new ConfirmationRequest(ConfirmationKind.SALE_CANCELLATION,
                "sales-case:" + sale.number(), what.customerId(), what.customerNumber(), contacts.phone(),
                text("sales.cancellation.title", what.productCode(), what.amount().toPlainString(), what.currency()),
                List.of(new Section("CANCELLATION", text("sales.cancellation.section"),
                        text("sales.cancellation.body", sale.number()))),
                List.of(), null, List.of(), null, new RequestedBy(what.practitioner(), practitionerName, origin)));
        return ticket.requestId();
    }

    private String alternatives(SalesCase sale, CustomerFacts customer, CurrentActor practitioner) {
        List<Advice.Suggestion> suitable = advice.forCustomer(LocalDate.now(clock), practitioner.username(), customer,
                sale.sale().fundId(), sale.sale().amount()).suitable();
        return suitable.isEmpty() ? "—" : suitable.stream().limit(5)
                .map(s -> s.product().name() + " (" + s.product().code() + ", " + s.product().riskLevel() + ")")
                .collect(Collectors.joining("; "));
    }

    private Text text(String key, Object... arguments) {
        return new Text(messages.getMessage(key, arguments, Locale.ENGLISH),
                messages.getMessage(key, arguments, CHINESE));
    }
}
