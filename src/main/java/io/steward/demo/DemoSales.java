package io.steward.demo;

import io.steward.confirmation.RequestOrigin;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.Fund;
import io.steward.customer.FundPurpose;
import io.steward.sales.SalesDesk;
import io.steward.suitability.Channel;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sales cases for the demo, opened by wang as a practitioner would: the 70-year-old's R3 purchase waits for him on
 * the channel (the demo outbox has his code; then head.sh witnesses), an ordinary R2 purchase waits for the
 * 45-year-old, and two cases the policy refused (an R4 for the 70-year-old, ELDER-1; an R3 proposed to a C2
 * customer, MATCH-1). No customer act is played here: those come only through the channel.
 */
@Component
class DemoSales implements DemoStep {

    private static final RequestOrigin BRANCH_DESK = new RequestOrigin("10.20.1.15", "Steward demo seed", null);

    private final SalesDesk desk;
    private final CustomerBook customers;

    DemoSales(SalesDesk desk, CustomerBook customers) {
        this.desk = desk;
        this.customers = customers;
    }

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext wang = SecurityContextHolder.createEmptyContext();
        wang.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("wang", null, List.of()));
        SecurityContextHolder.setContext(wang);
        try {
            CustomerFacts elder = customers.facts("C10000001").orElseThrow();
            CustomerFacts cautious = customers.facts("C10000002").orElseThrow();
            desk.open(elder.number(), "MX-BALANCED-1Y", generalFund(elder), new BigDecimal("100000.00"), false,
                    Channel.BRANCH, BRANCH_DESK);
            desk.open(elder.number(), "EQ-GROWTH", generalFund(elder), new BigDecimal("50000.00"), false,
                    Channel.BRANCH, BRANCH_DESK);
            desk.open(cautious.number(), "FI-90D", generalFund(cautious), new BigDecimal("100000.00"), false,
                    Channel.BRANCH, BRANCH_DESK);
            desk.open(cautious.number(), "MX-BALANCED-1Y", generalFund(cautious), new BigDecimal("50000.00"), false,
                    Channel.BRANCH, BRANCH_DESK);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static long generalFund(CustomerFacts customer) {
        return customer.funds().stream().filter(fund -> fund.purpose() == FundPurpose.GENERAL).findFirst()
                .map(Fund::id).orElseThrow();
    }
}
