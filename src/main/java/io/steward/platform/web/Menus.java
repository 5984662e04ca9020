package io.steward.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The menus the signed-in person may open, grouped and ordered; the layout asks for them
 * ({@code ${@navigation.menus()}}) only when it renders a page, so API calls never compute them.
 */
@Component("navigation")
public class Menus {

    private final List<Navigation> entries;

    Menus(List<Navigation> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(Navigation::order)).toList();
    }

    public Map<String, List<Navigation>> menus() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Map.of();
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        Map<String, List<Navigation>> menus = new LinkedHashMap<>();
        for (Navigation entry : entries) {
            if (entry.roles().stream().anyMatch(roles::contains)) {
                menus.computeIfAbsent(entry.menuKey(), key -> new java.util.ArrayList<>()).add(entry);
            }
        }
        return menus;
    }
}
