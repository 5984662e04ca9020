package io.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.customer.Gender;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * Steps of a sale over the real API and the real customer channel: products on the shelf, customers of an age and an
 * assessed level with a fund, cases opened, confirmed by the customer on their own phone, witnessed and submitted.
 */
public abstract class SalesTest extends CustomerTest {

    @Autowired
    protected MessageSource messages;

    /** An ACTIVE product on the shelf with this risk level, term and cooling-off period; its code. */
    protected String productOnShelf(String risk, int termDays, int coolingOffHours) {
        return productOnShelf(risk, termDays, coolingOffHours, "Steward Bank Wealth Management");
    }

    /** The same, from that issuer. */
    protected String productOnShelf(String risk, int termDays, int coolingOffHours, String issuer) {
        return productOnShelf(risk, termDays, coolingOffHours, issuer, false);
    }

    /** The same, capital-protected or not. */
    protected String productOnShelf(String risk, int termDays, int coolingOffHours, String issuer,
            boolean capitalProtected) {
        String code = unique("P-" + risk + "-").toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Test product " + code);
        body.put("issuer", issuer);
        body.put("type", risk.equals("R1") ? "CASH_MANAGEMENT" : risk.equals("R2") ? "FIXED_INCOME" : "MIXED");
        body.put("riskLevel", risk);
        body.put("termDays", termDays);
        body.put("capitalProtected", capitalProtected);
        body.put("minimumAmount", "10000.00");
        body.put("currency", "CNY");
        body.put("saleOpensOn", today().minusDays(30).toString());
        body.put("saleClosesOn", today().plusDays(60).toString());
        body.put("coolingOffHours", coolingOffHours);
        body.put("function", "Invests for " + termDays + " days.");
        body.put("benefits", "Income that is not guaranteed.");
        body.put("terms", "No redemption before maturity.");
        body.put("riskCharacteristics", "Market, interest-rate and credit risk; the principal can be lost.");
        Api.Response created = as("product").post("/api/v1/products", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response active = as("product").post("/api/v1/products/" + code + "/status",
                Map.of("status", "ACTIVE", "version", created.json().get("version").asLong()));
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        return code;
    }

    /** A customer of wang's, of that age (born a little over that many years ago), assessed at that level. */
    protected Registered customerAged(int age, String level) {
        Registered customer = newCustomer("wang", unique("Client"), Gender.FEMALE, today().minusYears(age).minusDays(40));
        if (level != null) {
            assessed("wang", customer, level);
        }
        return customer;
    }

    /** A fund of the customer: its id. */
    protected long fund(Registered customer, String purpose, String amount, LocalDate neededBackOn) {
        Api.Response added = as("wang").post("/api/v1/customers/" + customer.number() + "/funds", Map.of(
                "amount", amount, "currency", "CNY", "purpose", purpose, "neededBackOn", neededBackOn.toString()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    protected long generalFund(Registered customer) {
        return fund(customer, "GENERAL", "500000.00", today().plusYears(5));
    }

    protected Api.Response open(Registered customer, String product, long fund, boolean customerInitiated, String channel) {
        return as("wang").post("/api/v1/sales", Map.of("customerNumber", customer.number(), "productCode", product,
                "fundId", fund, "amount", "100000.00", "customerInitiated", customerInitiated, "channel", channel));
    }

    /** Opens a case the policy allows; its number. */
    protected String opened(Registered customer, String product, long fund, boolean customerInitiated) {
        Api.Response opened = open(customer, product, fund, customerInitiated, "BRANCH");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("state").asString()).as(opened.body()).isEqualTo("AWAITING_CUSTOMER");
        return opened.json().get("number").asString();
    }

    protected JsonNode sale(String number) {
        return as("wang").get("/api/v1/sales/" + number).json();
    }

    protected String state(String number) {
        return sale(number).get("state").asString();
    }

    protected List<String> ruleIds(JsonNode decision) {
        return decision.get("hits").valueStream().map(hit -> hit.get("ruleId").asString()).distinct().toList();
    }

    protected List<String> denials(JsonNode decision) {
        return decision.get("hits").valueStream().filter(hit -> hit.get("effect").asString().equals("DENY"))
                .map(hit -> hit.get("ruleId").asString()).distinct().toList();
    }

    protected long confirmationRequest(String caseNumber, String column) {
        return jdbc.sql("select " + column + " from sales_case where number = ?").param(caseNumber)
                .query(Long.class).single();
    }

    /**
     * The customer, on their own phone, opens every element of the disclosure, copies the risk statement, writes the
     * special statement where asked and confirms with their code (and the guardian with theirs, where asked).
     */
    protected WebSession.Page customerConfirms(String caseNumber, Registered customer, String productCode,
            String risk, String specialStatement, String guardianPhone) {
        Sms sms = smsTo(customer.phone(), confirmationRequest(caseNumber, "confirmation_request"));
        CustomerDevice phone = CustomerDevice.at(port, "10.77.0." + (1 + Math.abs(caseNumber.hashCode()) % 200));
        assertThat(phone.get("/c/" + sms.token()).status()).isEqualTo(200);
        for (String section : List.of("FUNCTION", "BENEFITS", "TERMS", "RISK_CHARACTERISTICS")) {
            assertThat(phone.get("/c/" + sms.token() + "/sections/" + section).status()).isEqualTo(200);
        }
        if (specialStatement != null) {
            phone.get("/c/" + sms.token() + "/sections/RISK_REITERATION");
        }
        if (guardianPhone != null) {
            phone.get("/c/" + sms.token() + "/sections/guardian");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("statement.0", messages.getMessage("sales.disclosure.risk-statement",
                new Object[] {"Test product " + productCode, productCode, risk}, Locale.ENGLISH));
        if (specialStatement != null) {
            form.put("specialStatement", specialStatement);
        }
        form.put("code", sms.code());
        if (guardianPhone != null) {
            form.put("secondPartyCode", smsTo(guardianPhone, confirmationRequest(caseNumber, "confirmation_request")).code());
            form.put("secondPartyAgrees", "true");
        }
        return phone.post("/c/" + sms.token(), form);
    }

    protected void customerConfirmed(String caseNumber, Registered customer, String productCode, String risk) {
        WebSession.Page done = customerConfirms(caseNumber, customer, productCode, risk, null, null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    protected Api.Response witness(String head, String caseNumber) {
        return as(head).post("/api/v1/sales/" + caseNumber + "/witness",
                Map.of("password", DEMO_PASSWORD, "secondRiskWarningGiven", true, "intentConfirmed", true));
    }

    protected Api.Response attachRecording(String caseNumber) {
        byte[] mp4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'r', 'e', 'c'};
        return as("wang").postMultipart("/api/v1/sales/" + caseNumber + "/evidence", Map.of(), "file", "sale.mp4",
                "video/mp4", mp4);
    }

    protected Api.Response submit(String caseNumber) {
        return as("wang").post("/api/v1/sales/" + caseNumber + "/submission", "{}");
    }
}
