package io.steward.product.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.product.OfficialMaterials;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publishing, downloading and handing over official materials from the product page. */
@Controller
@RequestMapping("/products/{code}/materials")
class MaterialPages {

    private final OfficialMaterials materials;
    private final ProductView view;
    private final ShelfRoles roles;
    private final MessageSource messages;

    MaterialPages(OfficialMaterials materials, ProductView view, ShelfRoles roles, MessageSource messages) {
        this.materials = materials;
        this.view = view;
        this.roles = roles;
        this.messages = messages;
    }

    @PostMapping
    @Access(roles = "PRODUCT_OFFICER", scope = DataScope.BANK)
    String publish(@PathVariable String code, @Valid @ModelAttribute("material") MaterialUpload form,
            BindingResult binding, Model model, RedirectAttributes redirect) throws IOException {
        if (binding.hasErrors()) {
            return view.render(code, model, FormErrors.of(binding, messages));
        }
        try {
            materials.publish(code, form.material(), roles.username());
        } catch (DomainRefusal refusal) {
            return view.render(code, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", form.title());
        return "redirect:/products/" + code;
    }

    @GetMapping("/{id}/file")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER",
            "COMPLIANCE"}, scope = DataScope.BANK)
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        roles.visible(code);
        return Downloads.of(materials.file(code, id));
    }

    @PostMapping("/{id}/hand-overs")
    @Access(roles = {"PRACTITIONER", "ASSISTANT", "STAFF", "RETAIL_HEAD", "PRODUCT_OFFICER", "DEPARTMENT_MANAGER"},
            scope = DataScope.OWN_RECORDS)
    String handOver(@PathVariable String code, @PathVariable long id,
            @RequestParam(defaultValue = "") String customerNumber, Model model, RedirectAttributes redirect) {
        roles.visible(code);
        String number = customerNumber.strip().toUpperCase(Locale.ROOT);
        try {
            materials.handOver(code, id, number, roles.username());
        } catch (DomainRefusal refusal) {
            return view.render(code, model, FormErrors.of(refusal, messages));
        }
        redirect.addFlashAttribute("saved", number);
        return "redirect:/products/" + code;
    }
}
