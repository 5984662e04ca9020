package io.steward.platform.web;

import java.util.Set;

/**
 * One entry of the navigation bar, contributed by the module that owns the page: the menu it sits in, its label
 * (a message key), where it goes and which roles see it. The layout shows each person only what their roles open.
 */
public record Navigation(String menuKey, String labelKey, String path, Set<String> roles, int order) {

    public Navigation {
        roles = Set.copyOf(roles);
    }

    public static Navigation of(String menuKey, String labelKey, String path, int order, String... roles) {
        return new Navigation(menuKey, labelKey, path, Set.of(roles), order);
    }
}
