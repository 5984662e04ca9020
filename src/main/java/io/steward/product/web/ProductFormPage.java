package io.steward.product.web;

import io.steward.platform.web.FormErrors;
import io.steward.product.Product;
import io.steward.product.ProductType;
import io.steward.product.RiskLevel;
import java.util.Map;
import org.springframework.ui.Model;

/** The one form for a new product and for changing a draft. */
final class ProductFormPage {

    private ProductFormPage() {
    }

    static String render(Model model, Product editing, Map<String, String> values, FormErrors errors) {
        model.addAttribute("editing", editing);
        model.addAttribute("values", values);
        model.addAttribute("types", ProductType.values());
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("errors", errors);
        return "product/form";
    }
}
