package io.steward.portfolio.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies the good lines of a checked import to the holdings, in the caller's one transaction, a range of lines at a
 * time: a position not held yet is inserted; a held one is updated only where a value differs and the valuation is
 * not older than the one held (a file replayed late never rolls positions back). So the same file applied twice
 * changes nothing the second time, and a failure anywhere leaves the holdings as they were.
 */
@Component
class ImportApplication {

    /** Told after each range of lines is applied (the progress of a long import; tests stop it there). */
    interface Progress {
        void applied(int throughLine);

        Progress NONE = throughLine -> { };
    }

    record Counts(int inserted, int updated) {
    }

    private final JdbcClient jdbc;

    ImportApplication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts apply(long importId, int batchLines, OffsetDateTime now, Progress progress) {
        int last = jdbc.sql("select coalesce(max(line_no), 0) from holding_import_line where import_id = ?")
                .param(importId).query(Integer.class).single();
        int inserted = 0;
        int updated = 0;
        for (int from = 0; from <= last; from += batchLines) {
            Map<String, Object> counts = jdbc.sql("""
                    with changed as (
                        insert into holding (customer_id, product_code, fund_id, units, cost, market_value, valuation_date,
                            held_since, source, updated_at)
                        select c.id, l.product_code, l.fund_id, l.units, l.cost, l.market_value, l.valuation_date,
                               l.valuation_date, 'IMPORT', :now
                        from holding_import_line l join portfolio_customer c on c.number = l.customer_number
                        where l.import_id = :id and l.line_no >= :from and l.line_no < :to and l.problem is null
                          and not exists (select 1 from holding_import_problem p
                                          where p.import_id = l.import_id and p.line_no = l.line_no)
                        on conflict (customer_id, product_code, fund_id) do update set
                            units = excluded.units, cost = excluded.cost, market_value = excluded.market_value,
                            valuation_date = excluded.valuation_date, updated_at = excluded.updated_at
                        where excluded.valuation_date >= holding.valuation_date
                          and (holding.units, holding.cost, holding.market_value, holding.valuation_date)
                              is distinct from (excluded.units, excluded.cost, excluded.market_value, excluded.valuation_date)
                        returning (xmax = 0) as inserted
                    )
                    select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
                    from changed""")
                    .param("now", now).param("id", importId).param("from", from).param("to", from + batchLines)
                    .query().singleRow();
            inserted += ((Number) counts.get("inserted")).intValue();
            updated += ((Number) counts.get("updated")).intValue();
            progress.applied(Math.min(last, from + batchLines - 1));
        }
        return new Counts(inserted, updated);
    }
}
