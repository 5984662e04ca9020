package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.Api;
import io.steward.support.BankTest;
import io.steward.support.WebSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * DESIGN §6: directors and marketing managers see "counts ... by institution subtree, risk level, product, age band;
 * any cell counting fewer than 5 customers is suppressed" — and no pair of reports may be subtracted to get one back.
 */
class KAnonymityTest extends BankTest {

    @Test
    void a_report_over_a_subtree_with_four_customers_shows_no_count() {
        String branch = institution("BRANCH", "HO");
        String sub = institution("SUB_BRANCH", branch);
        customers(practitioner(sub), 4, 35);
        String director = staff("RETAIL_DIRECTOR", branch);

        JsonNode report = as(director).get("/api/v1/reports/customers").json();

        assertThat(report.get("tooFewCustomers").asBoolean()).isTrue();
        assertThat(report.get("breakdowns").size()).isZero();
        assertThat(report.toString()).doesNotContain("\"customers\":4").doesNotContain("\"customers\":1");
        WebSession.Page page = WebSession.signedIn(port, director, DEMO_PASSWORD).get("/reports");
        assertThat(page.body()).contains("id=\"too-few\"").doesNotContain("id=\"breakdown-age\"");
        String csv = WebSession.signedIn(port, director, DEMO_PASSWORD).get("/reports/customers.csv").body();
        assertThat(csv.lines().filter(line -> !line.startsWith("#")).toList())
                .containsExactly("section,category,level,customers,amount_cny", "report,too-few-customers,,,");
    }

    @Test
    void a_branch_report_minus_one_sub_branch_report_does_not_give_back_what_the_other_sub_branch_withholds() {
        String branch = institution("BRANCH", "HO");
        String pudong = institution("SUB_BRANCH", branch);
        String xuhui = institution("SUB_BRANCH", branch);
        customers(practitioner(pudong), 7, 35);
        String xuhuiPractitioner = practitioner(xuhui);
        customers(xuhuiPractitioner, 3, 35);
        customers(xuhuiPractitioner, 6, 50);
        String director = staff("RETAIL_DIRECTOR", branch);

        Map<String, String> ofBranch = figures(as(director).get("/api/v1/reports/customers").json());
        Map<String, String> ofPudong = figures(report(director, pudong));
        Map<String, String> ofXuhui = figures(report(director, xuhui));

        assertThat(ofXuhui.get("age/FROM_30_TO_44")).as("3 customers: withheld").isEqualTo("<5");
        assertThat(ofBranch.get("age/FROM_30_TO_44")).as("7 + 3 would give the 3 away").isEqualTo("7");
        assertThat(Integer.parseInt(ofBranch.get("age/FROM_30_TO_44")) - Integer.parseInt(ofPudong.get("age/FROM_30_TO_44")))
                .isZero();
        // the invariant behind it: a branch's figure is the sum of its sub-branches' published figures, nothing more
        ofBranch.forEach((cell, figure) -> assertThat(value(figure))
                .as(cell).isEqualTo(value(ofPudong.get(cell)) + value(ofXuhui.get(cell))));
    }

    @Test
    void a_withheld_figure_cannot_be_recovered_from_the_total_either_a_second_one_is_withheld_with_it() {
        String branch = institution("BRANCH", "HO");
        String sub = institution("SUB_BRANCH", branch);
        String practitioner = practitioner(sub);
        customers(practitioner, 3, 35);
        customers(practitioner, 6, 50);
        String manager = staff("MARKETING_MANAGER", branch);

        Map<String, String> figures = figures(report(manager, sub));

        assertThat(figures.get("assessment/NONE")).as("none of the nine is assessed: the total is public").isEqualTo("9");
        assertThat(figures.get("age/FROM_30_TO_44")).isEqualTo("<5");
        assertThat(figures.get("age/FROM_45_TO_59")).as("9 - 6 would give the 3 away").isEqualTo("<5");
        assertThat(figures.get("age/counted")).isEqualTo("<5");
    }

    @Test
    void the_page_shows_a_chart_and_a_table_per_breakdown_and_the_csv_holds_exactly_its_figures() {
        String branch = institution("BRANCH", "HO");
        String sub = institution("SUB_BRANCH", branch);
        String practitioner = practitioner(sub);
        customers(practitioner, 5, 35);
        customers(practitioner, 2, 70);
        String director = staff("RETAIL_DIRECTOR", branch);

        WebSession.Page page = WebSession.signedIn(port, director, DEMO_PASSWORD).get("/reports");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"chart-risk\"", "id=\"chart-age\"", "id=\"chart-aum\"",
                "id=\"chart-assessment\"", "id=\"chart-products\"", "id=\"sales-table\"", "/js/reporting.js",
                "data-report-chart=\"bar\"");
        Map<String, String> figures = figures(as(director).get("/api/v1/reports/customers").json());
        String csv = WebSession.signedIn(port, director, DEMO_PASSWORD).get("/reports/customers.csv").body();
        // 5 + 2: the two are withheld, and with them the five, or the public total would give the two away
        assertThat(csv).contains("age,FROM_30_TO_44,,<5,").contains("age,FROM_65,,<5,").contains("age,counted,,<5,")
                .contains("risk,NONE,,7,").contains("assessment,counted,,7,");
        List<String> csvFigures = csv.lines().filter(line -> !line.startsWith("#") && !line.startsWith("sales")
                && !line.startsWith("section")).toList();
        assertThat(csvFigures).hasSize(figures.size());
        csvFigures.forEach(line -> {
            String[] cells = line.split(",", -1);
            assertThat(cells[3]).as(line).isEqualTo(figures.get(cells[0] + "/" + cells[1]));
        });
    }

    @Test
    void only_directors_and_marketing_managers_read_reports_and_only_of_their_own_subtree() {
        assertThat(as("director").get("/api/v1/reports/customers?institution=SB-SH-PD").status()).isEqualTo(200);
        assertThat(as("marketing").get("/api/v1/reports/customers").json().get("institution").asString())
                .isEqualTo("BR-SH");
        Api.Response beijing = as("director").get("/api/v1/reports/customers?institution=BR-BJ");
        assertThat(beijing.status()).isEqualTo(404);
        for (String other : List.of("wang", "assistant", "manager", "compliance", "admin", "head.sh")) {
            assertThat(as(other).get("/api/v1/reports/customers").status()).as(other).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'REPORT_VIEWED' and actor = 'director'")
                .query(Long.class).single()).isPositive();
    }

    private JsonNode report(String reader, String institution) {
        Api.Response response = as(reader).get("/api/v1/reports/customers?institution=" + institution);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Every figure of the customer breakdowns, as displayed: "breakdown/category" -> "12" or "<5". */
    private static Map<String, String> figures(JsonNode report) {
        Map<String, String> figures = new HashMap<>();
        for (JsonNode breakdown : report.get("breakdowns")) {
            String key = breakdown.get("key").asString();
            for (JsonNode line : breakdown.get("lines")) {
                figures.put(key + "/" + line.get("category").asString(), line.get("figure").get("display").asString());
            }
            figures.put(key + "/counted", breakdown.get("counted").get("display").asString());
        }
        return figures;
    }

    private static int value(String figure) {
        return figure.equals("<5") ? 0 : Integer.parseInt(figure);
    }
}
