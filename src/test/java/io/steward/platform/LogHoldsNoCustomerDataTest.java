package io.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: "no customer data in logs". Runs on its own after the whole suite (surefire execution {@code log-scan} in
 * pom.xml: every engine and every class has run by then) and reads the log all of them wrote — logback-test.xml appends
 * every line to the file the build names in {@code steward.suite-log}, one per build — looking for the demo customers'
 * identity numbers and phone numbers, taken from their records as their practitioners see them (the demo bank is
 * seeded the same way in every JVM of the build), so the search is for the real values, not for a pattern.
 */
class LogHoldsNoCustomerDataTest extends IntegrationTest {

    private static final Pattern IDENTITY = Pattern.compile("\"([1-9][0-9]{16}[0-9X])\"");
    private static final Pattern PHONE = Pattern.compile("\"(1[3-9][0-9]{9})\"");

    @Test
    void the_log_of_the_whole_suite_holds_no_demo_customer_s_identity_number_or_phone() throws IOException {
        Set<String> identities = new TreeSet<>();
        Set<String> phones = new TreeSet<>();
        for (String practitioner : List.of("wang", "li", "zhang", "zhou", "chen")) {
            for (var customer : as(practitioner).get("/api/v1/customers").json().get("rows")) {
                String record = as(practitioner).get("/api/v1/customers/" + customer.get("number").asString()).body();
                collect(IDENTITY.matcher(record), identities);
                collect(PHONE.matcher(record), phones);
            }
        }
        assertThat(identities).as("the demo customers' identity numbers").hasSizeGreaterThanOrEqualTo(52);
        assertThat(phones).as("the demo customers' phones").hasSizeGreaterThanOrEqualTo(52);

        String file = System.getProperty("steward.suite-log");
        assertThat(file).as("the build names the suite's log file (pom.xml, surefire)").isNotBlank();
        String log = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        assertThat(log).as("the suite's log was written where the test reads it").containsPattern("Started \\w+ in [0-9.]+ seconds");
        for (String identity : identities) {
            assertThat(log).as("an identity number in the log").doesNotContain(identity);
        }
        for (String phone : phones) {
            assertThat(log).as("a phone number in the log").doesNotContain(phone);
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
