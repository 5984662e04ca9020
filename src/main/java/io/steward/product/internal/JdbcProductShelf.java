package io.steward.product.internal;

import io.steward.product.Disclosure;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.product.ProductStatus;
import io.steward.product.ProductType;
import io.steward.product.RiskLevel;
import io.steward.product.SaleWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProductShelf implements ProductShelf {

    static final String SELECT_PRODUCT = """
            select id, code, name, issuer, type, risk_level, term_days, capital_protected, minimum_amount, currency,
                   sale_opens_on, sale_closes_on, cooling_off_hours, status, disclosure_function, disclosure_benefits,
                   disclosure_terms, disclosure_risks, version
            from product""";

    private final JdbcClient jdbc;

    JdbcProductShelf(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Product> find(String code) {
        return jdbc.sql(SELECT_PRODUCT + " where code = ?").param(code).query(JdbcProductShelf::product).optional();
    }

    @Override
    public List<Product> list(ShelfFilter filter) {
        return jdbc.sql(SELECT_PRODUCT + "\n" + """
                 where (cast(:risk as varchar) is null or risk_level = :risk)
                   and (cast(:type as varchar) is null or type = :type)
                   and (cast(:status as varchar) is null or status = :status)
                   and (:drafts or status <> 'DRAFT')
                 order by risk_level, code""")
                .param("risk", filter.riskLevel() == null ? null : filter.riskLevel().name())
                .param("type", filter.type() == null ? null : filter.type().name())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("drafts", filter.includeDrafts())
                .query(JdbcProductShelf::product).list();
    }

    @Override
    public List<Product> onSaleOn(LocalDate day) {
        return jdbc.sql(SELECT_PRODUCT + "\n" + """
                 where status = 'ACTIVE' and sale_opens_on <= :day and (sale_closes_on is null or sale_closes_on >= :day)
                 order by risk_level, code""")
                .param("day", day).query(JdbcProductShelf::product).list();
    }

    /** The row id, locked until the transaction ends, so concurrent changes of one product queue. */
    Optional<Long> lock(String code) {
        return jdbc.sql("select id from product where code = ? for update").param(code).query(Long.class).optional();
    }

    private static Product product(ResultSet rs, int row) throws SQLException {
        LocalDate opensOn = rs.getObject("sale_opens_on", LocalDate.class);
        SaleWindow window = opensOn == null ? null : new SaleWindow(opensOn, rs.getObject("sale_closes_on", LocalDate.class));
        return new Product(rs.getString("code"), rs.getString("name"), rs.getString("issuer"),
                ProductType.valueOf(rs.getString("type")), RiskLevel.valueOf(rs.getString("risk_level")),
                rs.getInt("term_days"), rs.getBoolean("capital_protected"), rs.getBigDecimal("minimum_amount"),
                rs.getString("currency"), window, rs.getInt("cooling_off_hours"),
                ProductStatus.valueOf(rs.getString("status")),
                new Disclosure(rs.getString("disclosure_function"), rs.getString("disclosure_benefits"),
                        rs.getString("disclosure_terms"), rs.getString("disclosure_risks")),
                rs.getLong("version"));
    }
}
