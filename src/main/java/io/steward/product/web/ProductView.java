package io.steward.product.web;

import io.steward.platform.web.FormErrors;
import io.steward.product.DisclosureElement;
import io.steward.product.OfficialMaterials;
import io.steward.product.Product;
import io.steward.product.ProductStatus;
import io.steward.product.RiskLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The product page's model: facts, disclosure, materials, hand-overs, and the refusal of a form posted on it. */
@Component
class ProductView {

    private final OfficialMaterials materials;
    private final ShelfRoles roles;
    private final Clock clock;

    ProductView(OfficialMaterials materials, ShelfRoles roles, Clock clock) {
        this.materials = materials;
        this.roles = roles;
        this.clock = clock;
    }

    String render(String code, Model model, FormErrors errors) {
        Product product = roles.visible(code);
        String handOversOf = roles.handOversVisibleTo();
        model.addAttribute("product", product);
        model.addAttribute("elements", DisclosureElement.values());
        model.addAttribute("onSaleToday", product.onSaleOn(LocalDate.now(clock)));
        model.addAttribute("nextStatuses", Arrays.stream(ProductStatus.values()).filter(product.status()::canBecome).toList());
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("materials", materials.materialsOf(code));
        model.addAttribute("handOvers", materials.handOversOf(code, handOversOf, 100));
        model.addAttribute("allHandOvers", handOversOf == null);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", errors);
        return "product/product";
    }
}
