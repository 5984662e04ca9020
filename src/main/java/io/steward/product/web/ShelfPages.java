package io.steward.product.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.product.Product;
import io.steward.product.ProductAdministration;
import io.steward.product.ProductAdministration.NewProduct;
import io.steward.product.ProductShelf;
import io.steward.product.ProductShelf.ShelfFilter;
import io.steward.product.ProductStatus;
import io.steward.product.ProductType;
import io.steward.product.RiskLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shelf with its filters, and drafting a new product. */
@Controller
@RequestMapping("/products")
class ShelfPages {

    private final ProductShelf shelf;
    private final ProductAdministration administration;
    private final ShelfRoles roles;
    private final MessageSource messages;

    ShelfPages(ProductShelf shelf, ProductAdministration administration, ShelfRoles roles, MessageSource messages) {
        this.shelf = shelf;
        this.administration = administration;
        this.roles = roles;
        this.messages = messages;
    }

    @GetMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    String shelf(@RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) ProductType type,
            @RequestParam(required = false) ProductStatus status, Model model) {
        model.addAttribute("products", shelf.list(new ShelfFilter(risk, type, status, roles.seesDrafts())));
        model.addAttribute("risk", risk);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("types", ProductType.values());
        model.addAttribute("statuses", roles.seesDrafts() ? ProductStatus.values()
                : new ProductStatus[] {ProductStatus.ACTIVE, ProductStatus.SUSPENDED, ProductStatus.CLOSED});
        return "product/shelf";
    }

    @GetMapping("/new")
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    String newProduct(Model model) {
        return ProductFormPage.render(model, null, ProductForm.blank(), FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    String create(@Valid @ModelAttribute("productForm") NewProduct form, BindingResult binding,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = ProductForm.typed(request.getParameterMap());
        if (binding.hasErrors()) {
            return ProductFormPage.render(model, null, typed, FormErrors.of(binding, messages));
        }
        try {
            Product created = administration.create(form);
            redirect.addFlashAttribute("saved", created.code());
            return "redirect:/products/" + created.code();
        } catch (DomainRefusal refusal) {
            return ProductFormPage.render(model, null, typed, FormErrors.of(refusal, messages));
        }
    }
}
