package io.steward.demo;

import io.steward.platform.crypto.FieldEncryption;
import io.steward.platform.crypto.KeyedHashes;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.product.ProductShelf.ShelfFilter;
import io.steward.product.ProductStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Builds a synthetic bank on top of the demo bank, for the benchmarks (DESIGN §7): N customers of the demo
 * practitioners, each with a general fund (three in ten also an earmarked one), an assessment (97 % valid, 2 %
 * expired, 1 % none), and four to eight holdings of the demo shelf (fewer for the most cautious, who have few products to choose from), mostly at or below their level (2 % of customers
 * hold one product above it; the elderly keep what they bought younger). Names and identity documents are plainly
 * synthetic ({@code 合成客户0000001}, passport {@code SYNTH0000001}); identity and phone numbers are encrypted and
 * hashed with the configured key exactly as the customer module does (AES-GCM with a random nonce per value).
 *
 * <p>For speed it writes the tables directly instead of going through the facades: customers through a PostgreSQL
 * COPY (encrypted on all cores), funds, assessments and holdings with set-based INSERT … SELECT statements. Nothing of
 * it is audited: it is test data, never for a real bank's database.
 */
@Component
class SyntheticBank {

    static final String[] PRACTITIONERS = {"wang", "li", "zhang"};
    private static final int CHUNK = 20_000;
    // the customer module's contexts (customer.internal.PersonalData): a ciphertext only decrypts in its own column
    private static final String IDENTITY_CONTEXT = "customer.identity";
    private static final String PHONE_CONTEXT = "customer.phone";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final KeyedHashes hashes;
    private final ProductShelf shelf;
    private final Clock clock;

    SyntheticBank(DataSource dataSource, JdbcClient jdbc, FieldEncryption encryption, KeyedHashes hashes,
            ProductShelf shelf, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.hashes = hashes;
        this.shelf = shelf;
        this.clock = clock;
    }

    /** Adds {@code count} customers; prints progress to {@code log}. */
    void generate(int count, java.io.PrintStream log) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        long first = jdbc.sql("select nextval('customer_number_seq')").query(Long.class).single();
        jdbc.sql("select setval('customer_number_seq', ?)").param(first + count - 1).query(Long.class).single();
        long started = System.nanoTime();
        copyCustomers(first, count, today, log);
        log.printf("customers: %,d in %.1f s%n", count, seconds(started));
        String from = number(first);
        String to = number(first + count - 1);

        long step = System.nanoTime();
        jdbc.sql("""
                insert into fund (customer_id, amount, currency, purpose, needed_back_on, note, created_by, created_at)
                select c.id, 100000 + (c.id * 7919 % 50) * 20000, 'CNY', 'GENERAL',
                       cast(:today as date) + cast(case when c.id % 20 = 0 then 60 + c.id % 240 else 400 + c.id * 31 % 3000 end as int),
                       'synthetic', 'synthetic', :now
                from customer c where c.number between :from and :to
                union all
                select c.id, 50000 + (c.id * 104729 % 40) * 10000, 'CNY',
                       (array['PENSION', 'RETIREMENT', 'EDUCATION', 'MEDICAL', 'HOUSING'])[1 + c.id % 5],
                       cast(:today as date) + cast(365 + c.id * 17 % 3650 as int), 'synthetic', 'synthetic', :now
                from customer c where c.number between :from and :to and c.id % 10 < 3""")
                .param("today", today).param("now", OffsetDateTime.now(clock)).param("from", from).param("to", to)
                .update();
        log.printf("funds: done in %.1f s%n", seconds(step));

        step = System.nanoTime();
        jdbc.sql("""
                insert into assessment (customer_id, customer_number, questionnaire_version, status, location,
                    institution_code, started_by, started_at, total_score, result, confirmed_at, confirmed_on,
                    effective_on, valid_through, legacy_reference)
                select c.id, c.number, 1, 'EFFECTIVE', 'IN_PERSON', 'SYNTHETIC', c.practitioner, :now, 40,
                       'C' || (1 + (c.id * 2654435761 % 1000) / 200), :now, e.day, e.day, e.day + 364, 'SYNTHETIC'
                from customer c
                cross join lateral (select cast(:today as date)
                    - cast(case when c.id % 100 < 2 then 400 + c.id % 300 else c.id % 330 end as int) as day) e
                where c.number between :from and :to and c.id % 100 <> 99""")
                .param("today", today).param("now", OffsetDateTime.now(clock)).param("from", from).param("to", to)
                .update();
        log.printf("assessments: done in %.1f s%n", seconds(step));

        step = System.nanoTime();
        // statistics first: planned against a freshly filled table the planner believes empty, the holdings statement
        // below can scan all assessments once per customer (a run that never ends instead of two minutes)
        jdbc.sql("analyze customer, fund, assessment").update();
        List<Product> products = shelf.list(new ShelfFilter(null, null, ProductStatus.ACTIVE, false)).stream()
                .sorted(Comparator.comparing(Product::riskLevel).thenComparing(Product::code)).toList();
        String[] codes = products.stream().map(Product::code).toArray(String[]::new);
        Integer[] atOrBelow = IntStream.rangeClosed(1, 5)
                .mapToObj(level -> (int) products.stream().filter(p -> p.riskLevel().ordinal() < level).count())
                .toArray(Integer[]::new);
        int holdings = jdbc.sql("""
                insert into holding (customer_id, product_code, fund_id, units, cost, market_value, valuation_date,
                    held_since, source, updated_at)
                select x.customer_id, x.code, x.fund_id, x.cost, x.cost, round(x.cost * (0.9 + (x.h % 200) / 1000.0), 2),
                       cast(:today as date), cast(:today as date) - x.h % 700, 'IMPORT', :now
                from (
                    select c.id as customer_id, g.n, abs(hashint8(c.id * 8 + g.n)) as h,
                           case when g.n = 1 and f.earmarked is not null then f.earmarked else f.general end as fund_id,
                           (cast(:codes as text[]))[1 + case
                               when g.n = 1 and c.id % 50 = 7 then (c.id + g.n) % cardinality(cast(:codes as text[]))
                               else (c.id * 7 + g.n) % greatest(1, (cast(:atOrBelow as int[]))[coalesce(a.rank, 1)]) end] as code,
                           round(f.amount / (4 + c.id % 5), 2) as cost
                    from customer c
                    join lateral (select min(id) filter (where purpose = 'GENERAL') as general,
                                         min(id) filter (where purpose <> 'GENERAL') as earmarked,
                                         max(amount) as amount
                                  from fund where customer_id = c.id) f on true
                    left join lateral (select cast(substr(result, 2) as int) as rank from assessment
                                       where customer_id = c.id and status = 'EFFECTIVE') a on true
                    cross join lateral generate_series(1, 4 + c.id % 5) g(n)
                    where c.number between :from and :to
                ) x
                on conflict do nothing""")
                .param("today", today).param("now", OffsetDateTime.now(clock)).param("from", from).param("to", to)
                .param("codes", codes).param("atOrBelow", atOrBelow)
                .update();
        log.printf("holdings: %,d in %.1f s%n", holdings, seconds(step));
        step = System.nanoTime();
        jdbc.sql("analyze customer, fund, assessment, holding").update();
        log.printf("analyze: %.1f s; total %.1f s%n", seconds(step), seconds(started));
    }

    private void copyCustomers(long first, int count, LocalDate today, java.io.PrintStream log) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy customer (number, full_name, gender, birth_date, identity_type, identity_cipher, identity_hash,
                        phone_cipher, phone_hash, address, occupation, income_band, family_situation,
                        investment_experience, practitioner, created_by, created_at) from stdin""");
            String now = OffsetDateTime.now(clock).toString();
            for (int chunkStart = 0; chunkStart < count; chunkStart += CHUNK) {
                int start = chunkStart;
                int end = Math.min(count, chunkStart + CHUNK);
                // encrypting is the slow part: every core takes a share of the chunk
                String[] rows = IntStream.range(start, end).parallel()
                        .mapToObj(i -> row(first + i, today, now)).toArray(String[]::new);
                byte[] bytes = String.join("", rows).getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                if ((end / CHUNK) % 10 == 0 || end == count) {
                    log.printf("customers: %,d of %,d%n", end, count);
                }
            }
            copy.endCopy();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private String row(long sequence, LocalDate today, String now) {
        String number = number(sequence);
        String passport = "SYNTH" + number.substring(1);
        String phone = "199" + number.substring(1);
        // ages 18 to 90, a fifth of them 65 or older
        LocalDate birth = today.minusYears(18).minusDays(Math.floorMod(sequence * 2654435761L, 26_300L));
        return number + "\t合成客户" + number.substring(1) + "\t" + (sequence % 2 == 0 ? "FEMALE" : "MALE") + "\t" + birth
                + "\tFOREIGN_PASSPORT\t" + encryption.encrypt(IDENTITY_CONTEXT, passport) + "\t"
                + hashes.hash("identity", passport) + "\t" + encryption.encrypt(PHONE_CONTEXT, phone) + "\t"
                + hashes.hash("phone", phone) + "\t合成地址 Synthetic Road " + (sequence % 1000)
                + "\tSynthetic\tFROM_100K_TO_300K\tMARRIED_WITH_CHILDREN\tFROM_2_TO_5_YEARS\t"
                + PRACTITIONERS[(int) (sequence % PRACTITIONERS.length)] + "\tsynthetic\t" + now + "\n";
    }

    static String number(long sequence) {
        return "C" + sequence;
    }

    private static double seconds(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
