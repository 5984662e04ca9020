package io.steward.reporting;

/**
 * Where a customer's assets under management come from, for the AUM bands of the institution reports. Given as a
 * SQL query so the bands are counted in the database and no customer-level row leaves it: the query yields
 * {@code customer_id} (bigint) and {@code aum} (numeric, CNY) for every customer with assets on the day bound as
 * {@code :today}. The portfolio module provides it from its holdings.
 */
public interface AumSource {

    /** {@code select customer_id, aum ...}; it may use the bound parameter {@code :today} (a date), and no other. */
    String perCustomerSql();

    /** A message key naming the source, shown under the AUM chart. */
    String descriptionKey();
}
