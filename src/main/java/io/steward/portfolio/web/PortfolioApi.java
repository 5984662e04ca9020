package io.steward.portfolio.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.portfolio.PortfolioAnalysis;
import io.steward.portfolio.Portfolios;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PortfolioApi {

    private final Portfolios portfolios;

    PortfolioApi(Portfolios portfolios) {
        this.portfolios = portfolios;
    }

    @Operation(summary = "The customer's portfolio today: holdings, allocation, weighted risk, mismatches and switch suggestions")
    @GetMapping("/api/v1/customers/{number}/portfolio")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    PortfolioAnalysis portfolio(@PathVariable String number) {
        return portfolios.analysisOf(number);
    }
}
