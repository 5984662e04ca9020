package io.steward.access.web;

import io.steward.access.Actors;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who you are, whether you may practise today, and the work your roles give you. */
@Controller
class HomePage {

    private final Actors actors;

    HomePage(Actors actors) {
        this.actors = actors;
    }

    @GetMapping("/")
    @Access(anyStaff = true, scope = DataScope.OWN_RECORDS)
    String home(Model model) {
        model.addAttribute("actor", actors.current());
        return "access/home";
    }
}
