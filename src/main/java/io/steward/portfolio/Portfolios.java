package io.steward.portfolio;

import java.util.List;

/** The portfolio of one customer, for the staff who may see it (an audited read through the customer's access). */
public interface Portfolios {

    /** The analysis today: holdings, allocation, weighted risk, mismatches and switch suggestions. 404 outside scope. */
    PortfolioAnalysis analysisOf(String customerNumber);

    /** The holdings of a customer, without a scope check (the caller has done it or acts for the system). */
    List<Holding> holdingsOf(long customerId);
}
