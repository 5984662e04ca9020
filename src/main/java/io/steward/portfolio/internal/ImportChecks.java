package io.steward.portfolio.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks of a staged file that need the database, for all its lines at once: the lines that failed to parse keep
 * their reason; every other line is joined with the customers and funds and the shelf's codes, and a key (customer,
 * product, fund) given on more than one line is reported on each line after its first.
 */
@Component
class ImportChecks {

    private final JdbcClient jdbc;

    ImportChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records every bad line of the import; the number of bad lines. */
    int check(long importId, String[] productCodes) {
        jdbc.sql("""
                insert into holding_import_problem (import_id, line_no, reason, detail)
                select import_id, line_no, problem, problem_detail from holding_import_line
                where import_id = ? and problem is not null""")
                .param(importId).update();
        jdbc.sql("""
                insert into holding_import_problem (import_id, line_no, reason, detail)
                select l.import_id, l.line_no,
                       case when c.id is null then 'UNKNOWN_CUSTOMER'
                            when not (l.product_code = any(cast(:codes as text[]))) then 'UNKNOWN_PRODUCT'
                            when f.id is null then 'UNKNOWN_FUND'
                            when f.customer_id <> c.id then 'FOREIGN_FUND'
                            else 'DUPLICATE' end,
                       case when c.id is null or f.id is null or f.customer_id <> c.id then null
                            when not (l.product_code = any(cast(:codes as text[]))) then l.product_code
                            else cast(l.first_line as text) end
                from (select l.*, min(l.line_no) over (partition by l.customer_number, l.product_code, l.fund_id) as first_line
                      from holding_import_line l where l.import_id = :id and l.problem is null) l
                left join portfolio_customer c on c.number = l.customer_number
                left join portfolio_fund f on f.id = l.fund_id
                where c.id is null or f.id is null or f.customer_id <> c.id
                   or not (l.product_code = any(cast(:codes as text[]))) or l.first_line <> l.line_no""")
                .param("codes", productCodes).param("id", importId).update();
        return jdbc.sql("select count(*) from holding_import_problem where import_id = ?").param(importId)
                .query(Integer.class).single();
    }
}
