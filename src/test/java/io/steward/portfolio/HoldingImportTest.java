package io.steward.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.PortfolioTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Core banking's holdings files: every bad line reported by number and reason, nothing half-done, nothing twice. */
class HoldingImportTest extends PortfolioTest {

    @Test
    void every_bad_line_is_reported_with_its_number_and_reason_and_the_file_changes_nothing() {
        String product = productOnShelf("R2", 0, 0);
        Registered customer = customerAged(40, "C3");
        long fund = generalFund(customer);
        Registered other = customerAged(40, "C3");
        long othersFund = generalFund(other);
        String n = customer.number();
        String csv = HEADER
                + line(n, product, fund, "1000.00", today())                          // 2: good
                + n + "," + product + "," + fund + ",1000.00,1000.00\n"                  // 3: 5 fields
                + "X123," + product + "," + fund + ",1,1,1," + today() + "\n"           // 4: customer number
                + n + "," + product + "," + fund + ",abc,1,1," + today() + "\n"         // 5: units
                + n + "," + product + "," + fund + ",-5,1,1," + today() + "\n"          // 6: negative units
                + n + "," + product + "," + fund + ",1,1,1,2026-13-45\n"                 // 7: date
                + n + "," + product + "," + fund + ",1,1,1," + today().plusDays(1) + "\n" // 8: future
                + "C99999998," + product + "," + fund + ",1,1,1," + today() + "\n"      // 9: unknown customer
                + n + ",NO-SUCH-PRODUCT," + fund + ",1,1,1," + today() + "\n"           // 10: unknown product
                + n + "," + product + ",999999999,1,1,1," + today() + "\n"              // 11: unknown fund
                + n + "," + product + "," + othersFund + ",1,1,1," + today() + "\n"     // 12: another's fund
                + "\n"                                                                    // 13: blank, ignored
                + line(n, product, fund, "2000.00", today())                          // 14: duplicate of 2
                + "\"" + n + "\",\"" + product + "\",\"" + fund + ",1,1,1," + today() + "\n"; // 15: quote not closed

        Api.Response response = importFile(csv, false);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode report = response.json();
        assertThat(report.get("holdingImport").get("state").asString()).isEqualTo("VALIDATED");
        assertThat(report.get("holdingImport").get("lines").asInt()).isEqualTo(13);
        assertThat(report.get("holdingImport").get("badLines").asInt()).isEqualTo(12);
        assertThat(problems(report)).containsExactly("3:COLUMNS", "4:CUSTOMER_NUMBER", "5:UNITS", "6:NEGATIVE",
                "7:VALUATION_DATE", "8:FUTURE_DATE", "9:UNKNOWN_CUSTOMER", "10:UNKNOWN_PRODUCT", "11:UNKNOWN_FUND",
                "12:FOREIGN_FUND", "14:DUPLICATE", "15:QUOTES");
        assertThat(holdingsOf(customer)).isZero();

        long id = report.get("holdingImport").get("id").asLong();
        assertThat(as("admin").post("/api/v1/holdings/import/" + id + "/apply", "{}").status()).isEqualTo(409);
        Api.Response applied = as("admin").post("/api/v1/holdings/import/" + id + "/apply?applyValidLines=true", "{}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("holdingImport").get("inserted").asInt()).isEqualTo(1);
        assertThat(applied.json().get("holdingImport").get("skipped").asInt()).isEqualTo(12);
        assertThat(holdingsOf(customer)).isEqualTo(1);
    }

    @Test
    void the_report_reads_line_by_line_in_both_languages_on_the_import_page() {
        Registered customer = customerAged(40, "C3");
        String csv = HEADER + line(customer.number(), "NO-SUCH-PRODUCT", generalFund(customer), "1.00", today());
        long id = importFile(csv, false).json().get("holdingImport").get("id").asLong();

        var page = io.steward.support.WebSession.signedIn(port, "admin", DEMO_PASSWORD).get("/portfolio/imports/" + id);
        assertThat(page.body()).contains("line 2: no such product NO-SUCH-PRODUCT").doesNotContain(customer.number());
        var chinese = io.steward.support.WebSession.signedIn(port, "admin", DEMO_PASSWORD)
                .get("/portfolio/imports/" + id + "?lang=zh-CN");
        assertThat(chinese.body()).contains("第2行：产品NO-SUCH-PRODUCT不存在");
    }

    @Test
    void the_same_file_twice_changes_nothing_the_second_time() {
        String product = productOnShelf("R2", 0, 0);
        Registered customer = customerAged(40, "C3");
        long fund = generalFund(customer);
        String other = productOnShelf("R1", 0, 0);
        String csv = HEADER + line(customer.number(), product, fund, "1000.00", today())
                + line(customer.number(), other, fund, "500.00", today());

        JsonNode first = importFile(csv, false).json().get("holdingImport");
        List<String> before = jdbc.sql("select cast(updated_at as text) from holding where customer_id = ? order by product_code")
                .param(customerId(customer.number())).query(String.class).list();
        JsonNode second = importFile(csv, false).json().get("holdingImport");

        assertThat(first.get("inserted").asInt()).isEqualTo(2);
        assertThat(second.get("state").asString()).isEqualTo("APPLIED");
        assertThat(second.get("inserted").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("sha256").asString()).isEqualTo(first.get("sha256").asString());
        assertThat(second.get("sameAs").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(jdbc.sql("select cast(updated_at as text) from holding where customer_id = ? order by product_code")
                .param(customerId(customer.number())).query(String.class).list()).isEqualTo(before);

        String revalued = HEADER + line(customer.number(), product, fund, "1100.00", today())
                + line(customer.number(), other, fund, "500.00", today());
        JsonNode third = importFile(revalued, false).json().get("holdingImport");
        assertThat(third.get("updated").asInt()).isEqualTo(1);
        assertThat(third.get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void an_older_valuation_never_rolls_a_position_back() {
        String product = productOnShelf("R2", 0, 0);
        Registered customer = customerAged(40, "C3");
        long fund = generalFund(customer);
        importFile(HEADER + line(customer.number(), product, fund, "1000.00", today()), false);
        JsonNode late = importFile(HEADER + line(customer.number(), product, fund, "900.00", today().minusDays(3)), false)
                .json().get("holdingImport");

        assertThat(late.get("updated").asInt()).isZero();
        assertThat(jdbc.sql("select market_value from holding where customer_id = ?").param(customerId(customer.number()))
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1000.00");
    }

    @Test
    void a_file_without_the_header_is_refused_and_only_operations_import() {
        Api.Response refused = importFile("C10000001,CASH-DAILY,1,1,1,1,2026-01-01\n", false);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("holdings-file-header");
        assertThat(as("wang").postCsv("/api/v1/holdings/import", HEADER).status()).isEqualTo(403);
        assertThat(as("compliance").get("/api/v1/holdings/import").status()).isEqualTo(403);
    }

    @Test
    void a_released_sale_becomes_a_holding_of_its_fund() {
        String product = productOnShelf("R2", 90, 0);
        Registered customer = customerAged(40, "C3");
        long fund = generalFund(customer);
        String number = opened(customer, product, fund, false);
        customerConfirmed(number, customer, product, "R2");
        assertThat(submit(number).json().get("state").asString()).isEqualTo("RELEASED");

        JsonNode position = portfolio(customer).get("positions").get(0).get("holding");
        assertThat(position.get("productCode").asString()).isEqualTo(product);
        assertThat(position.get("fundId").asLong()).isEqualTo(fund);
        assertThat(position.get("units").decimalValue()).isEqualByComparingTo("100000.0000");
        assertThat(position.get("marketValue").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(position.get("source").asString()).isEqualTo("SALE");
    }

    private long holdingsOf(Registered customer) {
        return jdbc.sql("select count(*) from holding where customer_id = ?").param(customerId(customer.number()))
                .query(Long.class).single();
    }

    private static List<String> problems(JsonNode report) {
        return report.get("problems").valueStream()
                .map(p -> p.get("lineNo").asInt() + ":" + p.get("reason").asString()).toList();
    }
}
