package io.steward.demo;

import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.Fund;
import io.steward.customer.FundPurpose;
import io.steward.portfolio.PortfolioScans;
import io.steward.portfolio.PositionFeed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo customers' holdings, as core banking would send them: a first file with each position as bought (its
 * valuation on the purchase day, so the position is held since then) and a second with today's valuations, both
 * received by operations ({@code admin}); then one scan of everyone, so the scan page and the practitioners' task
 * lists show its findings. Among them: the 70-year-old who bought an R4 equity fund at 64 (ELDER-1, above his C3),
 * retirement money in R4 (FUND-2), a housing fund needed back before its 2-year product matures (FUND-1), 50 % in
 * one product, and a customer holding cash without any assessment.
 */
@Component
class DemoPortfolio implements DemoStep {

    private record Position(String customer, String name, FundPurpose fund, String product, String bought,
            String value, int daysAgo) {
    }

    private static final List<Position> POSITIONS = List.of(
            new Position("C10000001", "王建国", FundPurpose.GENERAL, "EQ-GROWTH", "100000.00", "126500.00", 6 * 365),
            new Position("C10000001", "王建国", FundPurpose.PENSION, "FI-365D", "300000.00", "306000.00", 200),
            new Position("C10000002", "李秀英", FundPurpose.GENERAL, "FI-90D", "100000.00", "100800.00", 40),
            new Position("C10000002", "李秀英", FundPurpose.GENERAL, "CASH-DAILY", "50000.00", "50120.00", 300),
            new Position("C10000002", "李秀英", FundPurpose.GENERAL, "MX-CONSERVATIVE-6M", "100000.00", "101100.00", 60),
            new Position("C10000005", "孙丽", FundPurpose.GENERAL, "MX-BALANCED-1Y", "800000.00", "812000.00", 120),
            new Position("C10000005", "孙丽", FundPurpose.GENERAL, "EQ-GROWTH", "500000.00", "540000.00", 400),
            new Position("C10000005", "孙丽", FundPurpose.GENERAL, "FI-365D", "600000.00", "611000.00", 90),
            new Position("C10000006", "周杰", FundPurpose.GENERAL, "CASH-DAILY", "50000.00", "50060.00", 30),
            new Position("C10000007", "吴强", FundPurpose.GENERAL, "EQ-TECH", "1500000.00", "1620000.00", 500),
            new Position("C10000007", "吴强", FundPurpose.GENERAL, "ALT-PE-3Y", "1000000.00", "1000000.00", 200),
            new Position("C10000007", "吴强", FundPurpose.GENERAL, "CASH-DAILY", "500000.00", "501000.00", 100),
            new Position("C10000008", "郑芳", FundPurpose.RETIREMENT, "EQ-GROWTH", "120000.00", "113000.00", 700),
            new Position("C10000008", "郑芳", FundPurpose.RETIREMENT, "FI-365D", "300000.00", "304000.00", 150),
            new Position("C10000010", "黄敏", FundPurpose.HOUSING, "FI-2Y-PLUS", "300000.00", "300900.00", 10),
            new Position("C10000010", "黄敏", FundPurpose.HOUSING, "CASH-DAILY", "700000.00", "700400.00", 10),
            new Position("C10000011", "高秀兰", FundPurpose.MEDICAL, "MX-CONSERVATIVE-6M", "100000.00", "100500.00", 30),
            new Position("C10000012", "马超", FundPurpose.GENERAL, "MX-BALANCED-1Y", "800000.00", "806000.00", 100),
            new Position("C10000012", "马超", FundPurpose.GENERAL, "FI-365D", "700000.00", "702000.00", 100),
            new Position("C10000012", "马超", FundPurpose.GENERAL, "CASH-DAILY", "500000.00", "500500.00", 100));

    private final CustomerBook customers;
    private final PositionFeed feed;
    private final PortfolioScans scans;
    private final Clock clock;

    DemoPortfolio(CustomerBook customers, PositionFeed feed, PortfolioScans scans, Clock clock) {
        this.customers = customers;
        this.feed = feed;
        this.scans = scans;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        StringBuilder bought = new StringBuilder("customer_number,product_code,fund_id,units,cost,market_value,valuation_date\n");
        StringBuilder valued = new StringBuilder(bought);
        for (Position position : POSITIONS) {
            Optional<Long> fund = fundOf(position);
            if (fund.isEmpty()) {
                continue;
            }
            String line = position.customer() + "," + position.product() + "," + fund.get() + "," + position.bought()
                    + "00," + position.bought() + ",";
            bought.append(line).append(position.bought()).append(',').append(today.minusDays(position.daysAgo())).append('\n');
            valued.append(line).append(position.value()).append(',').append(today).append('\n');
        }
        as("admin", () -> {
            feed.receive("core-banking-positions-initial.csv", csv(bought), false);
            feed.receive("core-banking-valuations-" + today + ".csv", csv(valued), false);
        });
        scans.requestFullAfterCommit("admin");
    }

    /** The demo customer's fund of that purpose, if the customer is the one the demo bank created under that number. */
    private Optional<Long> fundOf(Position position) {
        return customers.facts(position.customer())
                .filter(customer -> customer.fullName().equals(position.name()))
                .map(CustomerFacts::funds).orElse(List.of()).stream()
                .filter(fund -> fund.purpose() == position.fund())
                .map(Fund::id).findFirst();
    }

    private static ByteArrayInputStream csv(StringBuilder text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void as(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
