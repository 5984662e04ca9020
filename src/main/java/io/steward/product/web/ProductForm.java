package io.steward.product.web;

import io.steward.product.Product;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a product form shows: a product's own when editing, sensible defaults for a new one, or what the officer
 * typed when the form comes back with errors, so nothing they entered is lost.
 */
final class ProductForm {

    static final String[] FIELDS = {"code", "name", "issuer", "type", "riskLevel", "termDays", "capitalProtected",
            "minimumAmount", "currency", "saleOpensOn", "saleClosesOn", "coolingOffHours", "function", "benefits",
            "terms", "riskCharacteristics", "version"};

    private ProductForm() {
    }

    static Map<String, String> blank() {
        Map<String, String> values = empty();
        values.put("currency", "CNY");
        values.put("termDays", "0");
        values.put("coolingOffHours", "0");
        values.put("type", "FIXED_INCOME");
        values.put("riskLevel", "R2");
        return values;
    }

    static Map<String, String> of(Product product) {
        Map<String, String> values = empty();
        values.put("code", product.code());
        values.put("name", product.name());
        values.put("issuer", product.issuer());
        values.put("type", product.type().name());
        values.put("riskLevel", product.riskLevel().name());
        values.put("termDays", String.valueOf(product.termDays()));
        values.put("capitalProtected", String.valueOf(product.capitalProtected()));
        values.put("minimumAmount", product.minimumAmount().toPlainString());
        values.put("currency", product.currency());
        if (product.saleWindow() != null) {
            values.put("saleOpensOn", product.saleWindow().opensOn().toString());
            values.put("saleClosesOn", product.saleWindow().closesOn() == null ? "" : product.saleWindow().closesOn().toString());
        }
        values.put("coolingOffHours", String.valueOf(product.coolingOffHours()));
        values.put("function", orBlank(product.disclosure().function()));
        values.put("benefits", orBlank(product.disclosure().benefits()));
        values.put("terms", orBlank(product.disclosure().terms()));
        values.put("riskCharacteristics", orBlank(product.disclosure().riskCharacteristics()));
        values.put("version", String.valueOf(product.version()));
        return values;
    }

    static Map<String, String> typed(Map<String, String[]> parameters) {
        Map<String, String> values = empty();
        for (String field : FIELDS) {
            String[] typed = parameters.get(field);
            if (typed != null && typed.length > 0) {
                values.put(field, typed[0]);
            }
        }
        return values;
    }

    private static Map<String, String> empty() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, "");
        }
        return values;
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }
}
