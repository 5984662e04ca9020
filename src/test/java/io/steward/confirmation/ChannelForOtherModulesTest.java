package io.steward.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.confirmation.ConfirmationRequest.RequestedBy;
import io.steward.confirmation.ConfirmationRequest.Section;
import io.steward.confirmation.ConfirmationStatus.State;
import io.steward.support.CustomerDevice;
import io.steward.support.CustomerTest;
import io.steward.support.WebSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The channel as the sales module will use it: a disclosure with sections to open, a risk statement to copy word for
 * word and a special statement to write (MATCH-1), confirmed with the code; a request's link runs out; staff
 * withdraw one.
 */
class ChannelForOtherModulesTest extends CustomerTest {

    @Autowired
    CustomerChannel channel;

    @Test
    void a_disclosure_is_confirmed_only_after_every_element_is_opened_and_the_statements_are_copied_and_written() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        ConfirmationTicket ticket = channel.request(disclosure(customer, unique("sale:")));
        Sms sms = smsTo(customer.phone(), ticket.requestId());
        CustomerDevice phone = CustomerDevice.at(port, "10.5.0.1");
        WebSession.Page page = phone.get("/c/" + sms.token());
        assertThat(page.body()).contains("Product disclosure").contains("I understand that this product may lose principal.")
                .contains("Why do you want a product above your level?");

        phone.get("/c/" + sms.token() + "/sections/function");
        Map<String, String> form = new HashMap<>(Map.of("statement.0", "I understand that this product may lose principal.",
                "specialStatement", "I want this R4 fund for my own long-term savings.", "code", sms.code()));
        assertThat(phone.post("/c/" + sms.token(), form).body()).contains("Open and read each item above");
        phone.get("/c/" + sms.token() + "/sections/risk");
        Map<String, String> miscopied = new HashMap<>(form);
        miscopied.put("statement.0", "I understand this product may lose money.");
        assertThat(phone.post("/c/" + sms.token(), miscopied).body()).contains("Copy the statement exactly");
        Map<String, String> tooShort = new HashMap<>(form);
        tooShort.put("specialStatement", "yes");
        assertThat(phone.post("/c/" + sms.token(), tooShort).body()).contains("Write your statement in your own words");

        WebSession.Page done = phone.post("/c/" + sms.token(), form);

        assertThat(done.status()).isEqualTo(200);
        assertThat(channel.status(ticket.requestId()).orElseThrow().state()).isEqualTo(State.CONFIRMED);
        String response = jdbc.sql("select response from confirmation_request where id = ?").param(ticket.requestId())
                .query(String.class).single();
        assertThat(response).contains("I want this R4 fund for my own long-term savings.")
                .contains("I understand that this product may lose principal.");
        assertThat(jdbc.sql("select count(*) from confirmation_request where id = ? and failed_attempts = 0")
                .param(ticket.requestId()).query(Long.class).single()).as("form problems cost no tries").isEqualTo(1);
    }

    @Test
    void a_link_runs_out_after_72_hours_and_a_withdrawn_request_is_closed() {
        Registered customer = newCustomer("wang", today().minusYears(45));
        ConfirmationTicket expiring = channel.request(disclosure(customer, unique("sale:")));
        ConfirmationTicket withdrawn = channel.request(disclosure(customer, unique("sale:")));

        channel.withdraw(withdrawn.requestId(), "Customer chose another product");
        assertThat(channel.status(withdrawn.requestId()).orElseThrow().state()).isEqualTo(State.WITHDRAWN);
        clock.advance(Duration.ofHours(72));

        assertThat(channel.status(expiring.requestId()).orElseThrow().state()).isEqualTo(State.EXPIRED);
        assertThat(CustomerDevice.at(port, "10.5.0.2").get("/c/" + smsTo(customer.phone(), expiring.requestId()).token())
                .body()).contains("This link has expired");
    }

    private ConfirmationRequest disclosure(Registered customer, String subject) {
        return new ConfirmationRequest(ConfirmationKind.SALE_DISCLOSURE, subject, customerId(customer.number()),
                customer.number(), customer.phone(), new Text("Product disclosure", "产品信息披露"),
                List.of(new Section("function", Text.of("Function and benefits"), Text.of("A mixed fund investing in ...")),
                        new Section("risk", Text.of("Risk characteristics"), Text.of("The value may fall ..."))),
                List.of(new Text("I understand that this product may lose principal.", "本人已知晓该产品可能亏损本金。")),
                new Text("Why do you want a product above your level?", "您为何希望购买高于您风险等级的产品？"),
                List.of(), null, new RequestedBy("wang", "Wang Fang", new RequestOrigin("10.0.0.9", "StaffPC", null)));
    }
}
