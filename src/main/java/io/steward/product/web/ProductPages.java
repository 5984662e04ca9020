package io.steward.product.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.product.Product;
import io.steward.product.ProductAdministration;
import io.steward.product.ProductAdministration.DraftChanges;
import io.steward.product.ProductAdministration.ReRating;
import io.steward.product.ProductAdministration.StatusChange;
import io.steward.product.ProductStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One product: its facts, disclosure elements, materials and hand-overs; for product officers, its upkeep. */
@Controller
@RequestMapping("/products/{code}")
class ProductPages {

    private final ProductAdministration administration;
    private final ProductView view;
    private final ShelfRoles roles;
    private final MessageSource messages;

    ProductPages(ProductAdministration administration, ProductView view, ShelfRoles roles, MessageSource messages) {
        this.administration = administration;
        this.view = view;
        this.roles = roles;
        this.messages = messages;
    }

    @GetMapping
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    String product(@PathVariable String code, Model model) {
        return view.render(code, model, FormErrors.NONE);
    }

    @GetMapping("/edit")
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    String editForm(@PathVariable String code, Model model) {
        Product product = roles.visible(code);
        if (product.status() != ProductStatus.DRAFT) {
            return view.render(code, model, FormErrors.of(DomainRefusal.conflict("product-not-draft",
                    "Only a draft is edited", code, product.status()), messages));
        }
        return ProductFormPage.render(model, product, ProductForm.of(product), FormErrors.NONE);
    }

    @PostMapping
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    String edit(@PathVariable String code, @Valid @ModelAttribute("productForm") DraftChanges form,
            BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Product product = roles.visible(code);
        var typed = ProductForm.typed(request.getParameterMap());
        typed.put("code", code);
        if (binding.hasErrors()) {
            return ProductFormPage.render(model, product, typed, FormErrors.of(binding, messages));
        }
        try {
            administration.edit(code, form);
        } catch (DomainRefusal refusal) {
            return ProductFormPage.render(model, product, typed, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", code);
        return "redirect:/products/" + code;
    }

    @PostMapping("/status")
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    String changeStatus(@PathVariable String code, @Valid @ModelAttribute("statusChange") StatusChange form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view.render(code, model, FormErrors.of(binding, messages));
        }
        try {
            administration.changeStatus(code, form);
        } catch (DomainRefusal refusal) {
            return view.render(code, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", code);
        return "redirect:/products/" + code;
    }

    @PostMapping("/risk-level")
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    String reRate(@PathVariable String code, @Valid @ModelAttribute("reRating") ReRating form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view.render(code, model, FormErrors.of(binding, messages));
        }
        try {
            administration.reRate(code, form);
        } catch (DomainRefusal refusal) {
            return view.render(code, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", code);
        return "redirect:/products/" + code;
    }
}
