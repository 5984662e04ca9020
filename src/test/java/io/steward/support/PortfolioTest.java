package io.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Steps of the portfolio tests: positions sent by "core banking" (a holdings file over the API, as operations), the
 * analysis a practitioner reads, products of an issuer.
 */
public abstract class PortfolioTest extends SalesTest {

    protected static final String HEADER = "customer_number,product_code,fund_id,units,cost,market_value,valuation_date\n";

    /** Imports a holdings file as admin; the API's answer. */
    protected Api.Response importFile(String csv, boolean applyValidLines) {
        return as("admin").postCsv("/api/v1/holdings/import?applyValidLines=" + applyValidLines, csv);
    }

    /** The customer holds this much of the product from the fund, valued on (and so held since) that day. */
    protected void holds(Registered customer, String product, long fund, String value, LocalDate since) {
        Api.Response imported = importFile(HEADER + line(customer.number(), product, fund, value, since), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("holdingImport").get("state").asString()).as(imported.body()).isEqualTo("APPLIED");
    }

    protected static String line(String customer, String product, long fund, String value, LocalDate day) {
        return customer + "," + product + "," + fund + "," + value + "," + value + "," + value + "," + day + "\n";
    }

    protected JsonNode portfolio(Registered customer) {
        Api.Response response = as("wang").get("/api/v1/customers/" + customer.number() + "/portfolio");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The kinds of mismatch the analysis finds, with their subjects: "ABOVE_LEVEL:P-R3-..." */
    protected List<String> mismatches(Registered customer) {
        return portfolio(customer).get("mismatches").valueStream()
                .map(m -> m.get("kind").asString() + ":" + m.get("subject").asString()).toList();
    }

    protected List<String> kinds(Registered customer) {
        return portfolio(customer).get("mismatches").valueStream().map(m -> m.get("kind").asString()).distinct().toList();
    }

    /** An ACTIVE product from another issuer than the bank's own arm. */
    protected String productOfIssuer(String issuer, String risk, int termDays) {
        return productOnShelf(risk, termDays, 0, issuer);
    }

    protected Map<String, Object> scanRun(long id) {
        return jdbc.sql("select * from portfolio_scan_run where id = ?").param(id).query().singleRow();
    }
}
