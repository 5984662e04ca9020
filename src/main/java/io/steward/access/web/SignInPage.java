package io.steward.access.web;

import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInPage {

    @GetMapping("/sign-in")
    @Access(scope = DataScope.PUBLIC)
    String signIn(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error == null ? null : switch (error) {
            case "locked" -> "signin.error.locked";
            case "disabled" -> "signin.error.disabled";
            default -> "signin.error.bad";
        });
        return "access/sign-in";
    }
}
