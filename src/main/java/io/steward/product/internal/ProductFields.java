package io.steward.product.internal;

import io.steward.product.Product;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A product's fields as the audit trail records them: all of them on creation, before and after on a change. */
final class ProductFields {

    private ProductFields() {
    }

    static Map<String, Object> of(Product product) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", product.name());
        fields.put("issuer", product.issuer());
        fields.put("type", product.type());
        fields.put("riskLevel", product.riskLevel());
        fields.put("termDays", product.termDays());
        fields.put("capitalProtected", product.capitalProtected());
        fields.put("minimumAmount", product.minimumAmount().toPlainString());
        fields.put("currency", product.currency());
        fields.put("saleOpensOn", product.saleWindow() == null ? "" : String.valueOf(product.saleWindow().opensOn()));
        fields.put("saleClosesOn", product.saleWindow() == null ? "" : String.valueOf(product.saleWindow().closesOn()));
        fields.put("coolingOffHours", product.coolingOffHours());
        fields.put("function", Objects.requireNonNullElse(product.disclosure().function(), ""));
        fields.put("benefits", Objects.requireNonNullElse(product.disclosure().benefits(), ""));
        fields.put("terms", Objects.requireNonNullElse(product.disclosure().terms(), ""));
        fields.put("riskCharacteristics", Objects.requireNonNullElse(product.disclosure().riskCharacteristics(), ""));
        return fields;
    }

    /** Only the fields that changed, each as {@code {before, after}}. */
    static Map<String, Object> changes(Product before, Product after) {
        Map<String, Object> old = of(before);
        Map<String, Object> changes = new LinkedHashMap<>();
        of(after).forEach((field, value) -> {
            if (!Objects.equals(String.valueOf(old.get(field)), String.valueOf(value))) {
                changes.put(field, Map.of("before", old.get(field), "after", value));
            }
        });
        return changes;
    }
}
