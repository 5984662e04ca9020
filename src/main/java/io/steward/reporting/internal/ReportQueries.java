package io.steward.reporting.internal;

import io.steward.customer.AgeBand;
import io.steward.reporting.AumSource;
import io.steward.reporting.internal.Suppression.Atom;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the institution reports, grouped in the database by the institution of the customer's
 * practitioner (for sales: of the case) and one category. Nothing finer than such a count leaves the database.
 */
@Repository
class ReportQueries {

    /** The customers whose practitioner works at one of the institutions; {@code :codes} is bound by the caller. */
    private static final String POPULATION = """
            with population as (
                select c.id, c.birth_date, i.code as institution
                from customer c
                join staff s on s.username = c.practitioner
                join institution i on i.id = s.institution_id
                where i.code in (:codes)
            )""";

    private final JdbcClient jdbc;
    private final AumSource aum;

    ReportQueries(JdbcClient jdbc, AumSource aum) {
        this.jdbc = jdbc;
        this.aum = aum;
    }

    long customers(Collection<String> codes) {
        return jdbc.sql(POPULATION + "\nselect count(*) from population").param("codes", codes)
                .query(Long.class).single();
    }

    /** The risk level in force (C1 ... C5, FAILED), or NONE without a valid assessment. */
    List<Atom> riskLevels(Collection<String> codes, LocalDate today) {
        return jdbc.sql(POPULATION + "\n" + """
                select p.institution, '' as row_key,
                       case when a.id is null or a.valid_through < :today then 'NONE' else a.result end as column_key,
                       count(*) as customers, null as amount
                from population p left join assessment a on a.customer_id = p.id and a.status = 'EFFECTIVE'
                group by 1, 2, 3""")
                .param("codes", codes).param("today", today).query(ReportQueries::atom).list();
    }

    /** VALID, EXPIRING (within 30 days), EXPIRED or NONE. */
    List<Atom> assessmentStatus(Collection<String> codes, LocalDate today) {
        return jdbc.sql(POPULATION + "\n" + """
                select p.institution, '' as row_key,
                       case when a.id is null then 'NONE'
                            when a.valid_through < :today then 'EXPIRED'
                            when a.valid_through < cast(:today as date) + 30 then 'EXPIRING'
                            else 'VALID' end as column_key,
                       count(*) as customers, null as amount
                from population p left join assessment a on a.customer_id = p.id and a.status = 'EFFECTIVE'
                group by 1, 2, 3""")
                .param("codes", codes).param("today", today).query(ReportQueries::atom).list();
    }

    /** Counted by age in years in the database, banded here by {@link AgeBand} (the one definition of the bands). */
    List<Atom> ageBands(Collection<String> codes, LocalDate today) {
        List<Atom> byAge = jdbc.sql(POPULATION + "\n" + """
                select p.institution, '' as row_key,
                       cast(date_part('year', age(cast(:today as date), p.birth_date)) as int) as column_key,
                       count(*) as customers, null as amount
                from population p group by 1, 2, 3""")
                .param("codes", codes).param("today", today).query(ReportQueries::atom).list();
        return byAge.stream().map(atom -> new Atom(atom.institution(), "",
                AgeBand.of(Integer.parseInt(atom.column())).name(), atom.customers(), atom.amount())).toList();
    }

    List<Atom> aumBands(Collection<String> codes, LocalDate today) {
        return jdbc.sql(POPULATION + ",\naum as (" + aum.perCustomerSql() + ")\n" + """
                select p.institution, '' as row_key,
                       case when coalesce(a.aum, 0) <= 0 then 'NONE'
                            when a.aum < :gold then 'UNDER_500K'
                            when a.aum < :diamond then 'FROM_500K_TO_5M'
                            when a.aum < :privateBanking then 'FROM_5M_TO_10M'
                            else 'FROM_10M' end as column_key,
                       count(*) as customers, sum(coalesce(a.aum, 0)) as amount
                from population p left join aum a on a.customer_id = p.id
                group by 1, 2, 3""")
                .param("codes", codes).param("today", today)
                .param("gold", AumBand.FROM_500K_TO_5M.from).param("diamond", AumBand.FROM_5M_TO_10M.from)
                .param("privateBanking", AumBand.FROM_10M.from)
                .query(ReportQueries::atom).list();
    }

    /** Customers holding each product (a released sale), and the amount. */
    List<Atom> productsHeld(Collection<String> codes) {
        return jdbc.sql(POPULATION + "\n" + """
                select p.institution, '' as row_key, sc.product_code as column_key,
                       count(distinct p.id) as customers, sum(sc.amount) as amount
                from population p join sales_case sc on sc.customer_id = p.id and sc.state = 'RELEASED'
                group by 1, 2, 3""")
                .param("codes", codes).query(ReportQueries::atom).list();
    }

    /** Sales released in the period by the institution of the case, product and the customer's level at release. */
    List<Atom> sales(Collection<String> codes, LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql("""
                select sc.institution_code as institution, sc.product_code as row_key,
                       coalesce(lvl.result, 'NONE') as column_key,
                       count(distinct sc.customer_id) as customers, sum(sc.amount) as amount
                from sales_case sc
                left join lateral (
                    select a.result from assessment a
                    where a.customer_id = sc.customer_id and a.status in ('EFFECTIVE', 'SUPERSEDED')
                      and a.effective_on <= cast(sc.released_at at time zone :zone as date)
                      and a.valid_through >= cast(sc.released_at at time zone :zone as date)
                    order by a.effective_on desc, a.id desc limit 1) lvl on true
                where sc.state = 'RELEASED' and sc.institution_code in (:codes)
                  and sc.released_at >= :from and sc.released_at < :until
                group by 1, 2, 3""")
                .param("codes", codes).param("zone", zone.getId())
                .param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query(ReportQueries::atom).list();
    }

    /** The products ever on the shelf (not drafts): code, name and risk level, in a stable order. */
    Map<String, ProductLabel> products() {
        return jdbc.sql("select code, name, risk_level from product where status <> 'DRAFT' order by risk_level, code")
                .query((rs, n) -> new ProductLabel(rs.getString("code"), rs.getString("name"), rs.getString("risk_level")))
                .list().stream().collect(Collectors.toMap(ProductLabel::code, p -> p, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** One customer of an approved export: no identity number, phone or address — what the purposes need. */
    record ExportRow(String number, String fullName, LocalDate birthDate, String institution, String practitioner,
            String riskLevel, LocalDate validThrough) {
    }

    /** The customers of the institutions, one row each, for an approved export only ({@link CustomerExports}). */
    List<ExportRow> exportRows(Collection<String> codes, LocalDate today) {
        return jdbc.sql(POPULATION + "\n" + """
                select c.number, c.full_name, c.birth_date, p.institution, c.practitioner,
                       case when a.id is null or a.valid_through < :today then 'NONE' else a.result end as risk_level,
                       a.valid_through
                from population p join customer c on c.id = p.id
                left join assessment a on a.customer_id = p.id and a.status = 'EFFECTIVE'
                order by c.number""")
                .param("codes", codes).param("today", today)
                .query((rs, n) -> new ExportRow(rs.getString("number"), rs.getString("full_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("institution"),
                        rs.getString("practitioner"), rs.getString("risk_level"),
                        rs.getObject("valid_through", LocalDate.class)))
                .list();
    }

    record ProductLabel(String code, String name, String riskLevel) {
    }

    private static Atom atom(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new Atom(rs.getString("institution"), rs.getString("row_key"), rs.getString("column_key"),
                rs.getLong("customers"), amount);
    }
}
