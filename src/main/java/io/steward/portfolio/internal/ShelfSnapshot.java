package io.steward.portfolio.internal;

import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.product.ProductShelf.ShelfFilter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole shelf, read once through {@link ProductShelf} and handed to the set-based statements as arrays (code, risk
 * 1–5, term days, issuer): the scan joins holdings with it without reading the product module's table.
 */
record ShelfSnapshot(Map<String, Product> byCode) {

    static ShelfSnapshot of(ProductShelf shelf) {
        List<Product> products = shelf.list(ShelfFilter.everything());
        return new ShelfSnapshot(products.stream().collect(Collectors.toUnmodifiableMap(Product::code, Function.identity())));
    }

    String[] codes() {
        return byCode.keySet().toArray(String[]::new);
    }

    Integer[] risks(String[] codes) {
        Integer[] risks = new Integer[codes.length];
        for (int i = 0; i < codes.length; i++) {
            risks[i] = byCode.get(codes[i]).riskLevel().ordinal() + 1;
        }
        return risks;
    }

    Integer[] terms(String[] codes) {
        Integer[] terms = new Integer[codes.length];
        for (int i = 0; i < codes.length; i++) {
            terms[i] = byCode.get(codes[i]).termDays();
        }
        return terms;
    }

    String[] issuers(String[] codes) {
        String[] issuers = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            issuers[i] = byCode.get(codes[i]).issuer();
        }
        return issuers;
    }
}
