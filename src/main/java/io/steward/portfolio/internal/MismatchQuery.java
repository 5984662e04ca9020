package io.steward.portfolio.internal;

import io.steward.product.ProductShelf;
import io.steward.suitability.FundPurpose;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.PolicyVersions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mismatch rules as one set-based statement: every holding joined once with its customer, assessment, fund and
 * product, the portfolio totals taken with window functions, and each rule a column of a lateral VALUES list, so one
 * pass over the holdings finds every kind for every customer at once. The nightly scan, the scan of a re-rated
 * product's holders and the analysis of one customer run this same statement with a different filter, so they can
 * never disagree. The thresholds come from the policy version in force on the day (the same parameters the sale
 * decisions use) and the bank's concentration limits.
 */
@Component
class MismatchQuery {

    /** Which holdings to look at: all, one customer's, or every holding of the customers who hold a product. */
    record Filter(Long customerId, String holdersOf) {

        static Filter everyone() {
            return new Filter(null, null);
        }

        static Filter customer(long customerId) {
            return new Filter(customerId, null);
        }

        static Filter holdersOf(String productCode) {
            return new Filter(null, productCode);
        }

        String sql(String holdingAlias) {
            if (customerId != null) {
                return " and " + holdingAlias + ".customer_id = :scopeCustomer";
            }
            if (holdersOf != null) {
                return " and " + holdingAlias + ".customer_id in (select customer_id from holding where product_code = :scopeProduct)";
            }
            return "";
        }

        void bind(Map<String, Object> params) {
            if (customerId != null) {
                params.put("scopeCustomer", customerId);
            }
            if (holdersOf != null) {
                params.put("scopeProduct", holdersOf);
            }
        }
    }

    /** The rows: customer_id, kind, subject, fund_id, args (text[]), amount. */
    private static final String FIND = """
            with p (code, risk, term_days, issuer) as (
                select * from unnest(cast(:codes as text[]), cast(:risks as int[]), cast(:terms as int[]),
                                     cast(:issuers as text[]))
            ), x as (
                select h.customer_id, h.product_code, h.fund_id, h.market_value, h.held_since,
                       p.risk, p.term_days, p.issuer, c.birth_date, a.level, a.valid_through, f.purpose, f.needed_back_on,
                       sum(h.market_value) over by_customer as total,
                       sum(h.market_value) over by_product as product_total,
                       row_number() over (by_product order by h.fund_id) as nth_of_product,
                       row_number() over (by_customer order by h.product_code, h.fund_id) as nth_of_customer,
                       sum(h.market_value) over by_issuer as issuer_total,
                       row_number() over (by_issuer order by h.product_code, h.fund_id) as nth_of_issuer
                from holding h
                join p on p.code = h.product_code
                join portfolio_customer c on c.id = h.customer_id
                left join portfolio_assessment a on a.customer_id = h.customer_id and a.effective_on <= :today
                left join portfolio_fund f on f.id = h.fund_id
                where h.units > 0 %s
                window by_customer as (partition by h.customer_id),
                       by_product as (partition by h.customer_id, h.product_code),
                       by_issuer as (partition by h.customer_id, p.issuer)
            ), y as (
                select x.*, coalesce(x.valid_through >= :today, false) as assessed,
                       case when x.level like 'C_' then cast(substr(x.level, 2) as int) else 0 end as level_rank
                from x
            )
            select y.customer_id, k.kind, k.subject, k.fund_id, k.args, k.amount
            from y cross join lateral (values
                ('NO_VALID_ASSESSMENT', '*', cast(0 as bigint),
                    array[coalesce(y.level, '-'), coalesce(cast(y.valid_through as text), '-')]::text[], y.total,
                    y.nth_of_customer = 1 and not y.assessed),
                ('ABOVE_LEVEL', y.product_code, 0, array[y.product_code, 'R' || y.risk, y.level]::text[], y.product_total,
                    y.nth_of_product = 1 and y.assessed and y.risk > y.level_rank),
                ('ELDERLY_HIGH_RISK', y.product_code, 0,
                    array[y.product_code, 'R' || y.risk, cast(extract(year from age(cast(:today as date), y.birth_date)) as text),
                          'R' || :elderlyMaxRisk]::text[],
                    y.product_total, y.nth_of_product = 1 and y.birth_date <= :elderlyBornBy and y.risk > :elderlyMaxRisk),
                ('EARMARKED_HIGH_RISK', y.product_code, y.fund_id,
                    array[y.product_code, 'R' || y.risk, y.purpose, cast(y.fund_id as text)]::text[], y.market_value,
                    y.purpose = any(cast(:earmarkedPurposes as text[])) and y.risk >= :earmarkedFrom),
                ('NEEDED_BEFORE_MATURITY', y.product_code, y.fund_id,
                    array[y.product_code, cast(y.held_since + y.term_days as text), cast(y.needed_back_on as text),
                          cast(y.fund_id as text)]::text[], y.market_value,
                    y.term_days > 0 and y.held_since + y.term_days > y.needed_back_on),
                ('CONCENTRATION_PRODUCT', y.product_code, 0,
                    array[y.product_code, to_char(100 * y.product_total / nullif(y.total, 0), 'FM990.0'), :maxProductPercent]::text[],
                    y.product_total, y.nth_of_product = 1 and y.risk > 1 and y.product_total > :maxProduct * y.total),
                ('CONCENTRATION_ISSUER', y.issuer, 0,
                    array[y.issuer, to_char(100 * y.issuer_total / nullif(y.total, 0), 'FM990.0'), :maxIssuerPercent]::text[],
                    y.issuer_total, y.nth_of_issuer = 1 and y.issuer_total > :maxIssuer * y.total
                        and not (y.issuer = any(cast(:issuersExempt as text[]))))
            ) as k (kind, subject, fund_id, args, amount, hit)
            where k.hit""";

    private final PolicyVersions policies;
    private final ProductShelf shelf;
    private final PortfolioSettings settings;

    MismatchQuery(PolicyVersions policies, ProductShelf shelf, PortfolioSettings settings) {
        this.policies = policies;
        this.shelf = shelf;
        this.settings = settings;
    }

    /** The statement and its parameters for that day and filter. */
    Statement on(LocalDate day, Filter filter) {
        PolicyParameters policy = policies.inForceOn(day);
        ShelfSnapshot products = ShelfSnapshot.of(shelf);
        String[] codes = products.codes();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("codes", codes);
        params.put("risks", products.risks(codes));
        params.put("terms", products.terms(codes));
        params.put("issuers", products.issuers(codes));
        params.put("today", day);
        params.put("elderlyBornBy", day.minusYears(policy.elderlyAge()));
        params.put("elderlyMaxRisk", policy.highestLevelForElderly().ordinal() + 1);
        params.put("earmarkedFrom", policy.earmarkedHighRiskFrom().ordinal() + 1);
        params.put("earmarkedPurposes", policy.earmarkedPurposes().stream().map(FundPurpose::name).toArray(String[]::new));
        params.put("maxProduct", settings.maxSharePerProduct());
        params.put("maxProductPercent", percent(settings.maxSharePerProduct()));
        params.put("maxIssuer", settings.maxSharePerIssuer());
        params.put("maxIssuerPercent", percent(settings.maxSharePerIssuer()));
        params.put("issuersExempt", settings.issuersExempt().toArray(String[]::new));
        filter.bind(params);
        return new Statement(FIND.formatted(filter.sql("h")), params, policy.versionId());
    }

    record Statement(String sql, Map<String, Object> params, String policyVersion) {
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
