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
 * product, sorted once (customer, issuer, product, fund) so that every window function reads the same order: the
 * portfolio totals as sums over partitions, "the first row of a customer, issuer or product" from the previous row's
 * keys. Each rule is a flag named by its rule id ({@code match_1}, {@code elder_1}, {@code fund_1}, {@code fund_2},
 * {@code assess_1}; the bank's concentration limits have none); only rows with a flag go on to a lateral VALUES list
 * (one row per rule, its arguments built only where it hit), so one pass over the holdings finds every kind for every
 * customer at once, and the per-row work on the many holdings without a mismatch stays small. The nightly scan, the
 * scan of a re-rated product's holders and the analysis of one customer run this same statement with a different
 * filter, so they can never disagree. The rules' parameters are bound from the policy version in force on the day
 * (the ones the sale decisions use: elderly age, the highest level for the elderly, earmarked purposes and the level
 * that is high risk for them), the concentration limits from the bank's settings. A FAILED assessment ranks 0, so
 * every product is above it (ASSESS-2). {@code ScanAgainstDecisionTableTest} replays the engine's decision table
 * against this statement.
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
                       sum(h.market_value) over by_issuer as issuer_total,
                       sum(h.market_value) over by_product as product_total,
                       lag(h.customer_id) over in_order as previous_customer,
                       lag(p.issuer) over in_order as previous_issuer,
                       lag(h.product_code) over in_order as previous_product
                from holding h
                join p on p.code = h.product_code
                join portfolio_customer c on c.id = h.customer_id
                left join portfolio_assessment a on a.customer_id = h.customer_id and a.effective_on <= :today
                left join portfolio_fund f on f.id = h.fund_id
                where h.units > 0 %s
                window by_customer as (partition by h.customer_id),
                       by_issuer as (partition by h.customer_id, p.issuer),
                       by_product as (partition by h.customer_id, p.issuer, h.product_code),
                       in_order as (order by h.customer_id, p.issuer, h.product_code, h.fund_id)
            ), y as (
                select x.*, coalesce(x.valid_through >= :today, false) as assessed,
                       case when x.level like 'C_' then cast(substr(x.level, 2) as int) else 0 end as level_rank,
                       x.previous_customer is distinct from x.customer_id as first_of_customer,
                       x.previous_customer is distinct from x.customer_id or x.previous_issuer is distinct from x.issuer as first_of_issuer,
                       x.previous_customer is distinct from x.customer_id or x.previous_issuer is distinct from x.issuer
                           or x.previous_product is distinct from x.product_code as first_of_product
                from x
            ), z as (
                select y.*,
                       y.first_of_customer and not y.assessed as assess_1,
                       y.first_of_product and y.assessed and y.risk > y.level_rank as match_1,
                       y.first_of_product and y.birth_date <= :elderlyBornBy and y.risk > :elderlyMaxRisk as elder_1,
                       coalesce(y.purpose = any(cast(:earmarkedPurposes as text[])) and y.risk >= :earmarkedFrom, false)
                           as fund_2,
                       coalesce(y.term_days > 0 and y.held_since + y.term_days > y.needed_back_on, false) as fund_1,
                       y.first_of_product and y.risk > 1 and y.product_total > :maxProduct * y.total as product_share,
                       y.first_of_issuer and y.issuer_total > :maxIssuer * y.total
                           and not (y.issuer = any(cast(:issuersExempt as text[]))) as issuer_share
                from y
            )
            select z.customer_id, k.kind, k.subject, k.fund_id, k.args, k.amount
            from z cross join lateral (values
                ('NO_VALID_ASSESSMENT', '*', cast(0 as bigint), z.assess_1,
                    array[coalesce(z.level, '-'), coalesce(cast(z.valid_through as text), '-')]::text[], z.total),
                ('ABOVE_LEVEL', z.product_code, 0, z.match_1,
                    array[z.product_code, 'R' || z.risk, z.level]::text[], z.product_total),
                ('ELDERLY_HIGH_RISK', z.product_code, 0, z.elder_1,
                    case when z.elder_1 then array[z.product_code, 'R' || z.risk,
                        cast(extract(year from age(cast(:today as date), z.birth_date)) as text), 'R' || :elderlyMaxRisk]::text[]
                    end, z.product_total),
                ('EARMARKED_HIGH_RISK', z.product_code, z.fund_id, z.fund_2,
                    array[z.product_code, 'R' || z.risk, z.purpose, cast(z.fund_id as text)]::text[], z.market_value),
                ('NEEDED_BEFORE_MATURITY', z.product_code, z.fund_id, z.fund_1,
                    array[z.product_code, cast(z.held_since + z.term_days as text), cast(z.needed_back_on as text),
                          cast(z.fund_id as text)]::text[], z.market_value),
                ('CONCENTRATION_PRODUCT', z.product_code, 0, z.product_share,
                    case when z.product_share then array[z.product_code,
                        to_char(100 * z.product_total / nullif(z.total, 0), 'FM990.0'), :maxProductPercent]::text[] end,
                    z.product_total),
                ('CONCENTRATION_ISSUER', z.issuer, 0, z.issuer_share,
                    case when z.issuer_share then array[z.issuer,
                        to_char(100 * z.issuer_total / nullif(z.total, 0), 'FM990.0'), :maxIssuerPercent]::text[] end,
                    z.issuer_total)
            ) as k (kind, subject, fund_id, hit, args, amount)
            where (z.assess_1 or z.match_1 or z.elder_1 or z.fund_2 or z.fund_1 or z.product_share or z.issuer_share)
                and k.hit""";

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
