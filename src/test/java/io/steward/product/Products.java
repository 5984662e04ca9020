package io.steward.product;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Request bodies for the product API: a complete draft by default, changed field by field. */
final class Products {

    private final Map<String, Object> fields = new HashMap<>();

    private Products(String code, LocalDate today) {
        fields.put("code", code);
        fields.put("name", "Steady Income 90D 稳健收益90天");
        fields.put("issuer", "Steward Bank Wealth Management");
        fields.put("type", "FIXED_INCOME");
        fields.put("riskLevel", "R2");
        fields.put("termDays", 90);
        fields.put("capitalProtected", false);
        fields.put("minimumAmount", "10000.00");
        fields.put("currency", "CNY");
        fields.put("saleOpensOn", today.minusDays(1).toString());
        fields.put("saleClosesOn", today.plusDays(60).toString());
        fields.put("coolingOffHours", 24);
        fields.put("function", "Invests in high-grade bonds for 90 days.");
        fields.put("benefits", "Coupon income; not guaranteed.");
        fields.put("terms", "No redemption before maturity.");
        fields.put("riskCharacteristics", "Interest-rate and credit risk.");
    }

    static Products aProduct(String code, LocalDate today) {
        return new Products(code, today);
    }

    Products with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    Products without(String field) {
        fields.remove(field);
        return this;
    }

    Map<String, Object> body() {
        return new HashMap<>(fields);
    }

    /** The body of a PUT: every field but the code, and the version last read. */
    Map<String, Object> changes(long version) {
        Map<String, Object> body = body();
        body.remove("code");
        body.put("version", version);
        return body;
    }
}
