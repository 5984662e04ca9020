package io.steward.portfolio.web;

import io.steward.platform.DomainRefusal;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.steward.platform.web.FormErrors;
import io.steward.portfolio.internal.HoldingImport;
import io.steward.portfolio.internal.HoldingImports;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operations upload core banking's holdings files, read the report of bad lines and decide. */
@Controller
class ImportPages {

    static final int PAGE = 500;

    private final HoldingImports imports;
    private final MessageSource messages;

    ImportPages(HoldingImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/portfolio/imports")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String imports(Model model) {
        model.addAttribute("imports", imports.recent(50));
        return "portfolio/imports";
    }

    @PostMapping("/portfolio/imports")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean applyValidLines, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainRefusal.invalid("holdings-file-header", "The file is empty");
            }
            HoldingImport done;
            try (InputStream content = file.getInputStream()) {
                done = imports.upload(file.getOriginalFilename(), content, applyValidLines);
            }
            return "redirect:/portfolio/imports/" + done.id();
        } catch (DomainRefusal refusal) {
            model.addAttribute("errors", FormErrors.of(refusal, messages));
            return imports(model);
        }
    }

    @GetMapping("/portfolio/imports/{id}")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String report(@PathVariable long id, @RequestParam(defaultValue = "0") int afterLine, Model model) {
        HoldingImport found = imports.find(id);
        var problems = imports.problems(id, afterLine, PAGE);
        model.addAttribute("i", found);
        model.addAttribute("problems", problems);
        model.addAttribute("afterLine", afterLine);
        model.addAttribute("nextAfterLine", problems.size() == PAGE ? problems.getLast().lineNo() : null);
        return "portfolio/import";
    }

    @PostMapping("/portfolio/imports/{id}/apply")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String apply(@PathVariable long id, RedirectAttributes redirect) {
        imports.apply(id, true);
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/portfolio/imports/" + id;
    }

    @PostMapping("/portfolio/imports/{id}/abandon")
    @Access(roles = "ADMIN", scope = DataScope.BANK)
    String abandon(@PathVariable long id, RedirectAttributes redirect) {
        imports.abandon(id);
        redirect.addFlashAttribute("saved", "#" + id);
        return "redirect:/portfolio/imports/" + id;
    }
}
