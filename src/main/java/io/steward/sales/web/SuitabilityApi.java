package io.steward.sales.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.sales.internal.Advice;
import io.steward.sales.internal.DecisionLog;
import io.steward.sales.internal.SuitabilityChecks;
import io.steward.suitability.Decision;
import io.steward.suitability.RuleHit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Suitability")
@RestController
class SuitabilityApi {

    private final SuitabilityChecks checks;

    SuitabilityApi(SuitabilityChecks checks) {
        this.checks = checks;
    }

    @Operation(summary = "What the policy would decide for this sale now; nothing is changed")
    @PostMapping("/api/v1/suitability/check")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    Decision check(@Valid @RequestBody SuitabilityChecks.Check check) {
        return checks.check(check);
    }

    @Operation(summary = "Decide a stored decision's input again under its policy version: is the answer the same?")
    @PostMapping("/api/v1/suitability/replay/{id}")
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    DecisionLog.Replay replay(@PathVariable long id) {
        return checks.replay(id);
    }

    record Suitable(String code, String name, String riskLevel, String type, int termDays, boolean capitalProtected,
            Decision decision) {
    }

    record Unsuitable(String code, String name, String riskLevel, List<RuleHit> reasons) {
    }

    record SuitableProducts(String customerNumber, long fundId, List<Suitable> suitable, List<Unsuitable> excluded) {
    }

    @Operation(summary = "What a practitioner may recommend for this fund and amount, ranked by fit (never above the customer's level)")
    @GetMapping("/api/v1/customers/{number}/suitable-products")
    @Access(roles = "PRACTITIONER", scope = DataScope.OWN_CUSTOMERS)
    SuitableProducts suitableProducts(@PathVariable String number, @RequestParam Long fundId,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(defaultValue = "false") boolean includeExcluded) {
        if (amount != null && amount.signum() <= 0) {
            throw DomainRefusal.invalid("amount-positive", "The amount must be positive");
        }
        Advice.Shelf shelf = checks.suitableProducts(number, fundId, amount);
        return new SuitableProducts(number, fundId,
                shelf.suitable().stream().map(s -> new Suitable(s.product().code(), s.product().name(),
                        s.product().riskLevel().name(), s.product().type().name(), s.product().termDays(),
                        s.product().capitalProtected(), s.decision())).toList(),
                includeExcluded ? shelf.excluded().stream().map(e -> new Unsuitable(e.product().code(),
                        e.product().name(), e.product().riskLevel().name(), e.reasons())).toList() : List.of());
    }
}
