package io.steward.suitability;

import java.time.LocalDate;

/**
 * Everything a sale decision depends on besides the policy version. Plain records of enums, dates,
 * strings and BigDecimals, so the sales module can store it as JSON next to the decision and an auditor
 * can replay it (DESIGN §5).
 *
 * @param decisionDate the day the decision is for (the case is opened or submitted); ages, validity, sale
 *                     windows and horizons are all counted on it — the engine never reads a clock
 * @param adviser      the staff member driving the sale (QUAL-1)
 * @param customer     the customer (ages, guardian)
 * @param assessment   the customer's latest completed assessment, or {@code null} if there is none (ASSESS-1)
 * @param fund         the money being invested (FUND-1, FUND-2)
 * @param product      the product (PROD-1, COOL-1 and the level rules)
 * @param request      amount, currency, who asked for it, where
 */
public record ProposedSale(
        LocalDate decisionDate,
        ActorFacts adviser,
        CustomerFacts customer,
        AssessmentFacts assessment,
        FundFacts fund,
        ProductFacts product,
        SaleRequest request) {

    public ProposedSale {
        Inputs.required(decisionDate, "decisionDate");
        Inputs.required(adviser, "adviser");
        Inputs.required(customer, "customer");
        Inputs.required(fund, "fund");
        Inputs.required(product, "product");
        Inputs.required(request, "request");
        if (customer.dateOfBirth().isAfter(decisionDate)) {
            throw new IllegalArgumentException("customer born " + customer.dateOfBirth() + ", after the decision date " + decisionDate);
        }
    }
}
