package io.steward.product.web;

import io.steward.access.Actors;
import io.steward.organization.Role;
import io.steward.platform.DomainRefusal;
import io.steward.product.Product;
import io.steward.product.ProductShelf;
import io.steward.product.ProductStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees what on the shelf. Everyone who sells or supports selling reads the shelf (the handlers' {@code @Access}
 * name them); drafts are the product officers' work in progress (and compliance may look), so to everyone else a
 * draft does not exist. Hand-overs name customers: product officers and compliance see them all, everyone else only
 * the ones they recorded. Handing out official materials is what staff without a certificate may do (QUAL-1), like
 * everyone who sells.
 */
@Component
class ShelfRoles {

    private final Actors actors;
    private final ProductShelf shelf;

    ShelfRoles(Actors actors, ProductShelf shelf) {
        this.actors = actors;
        this.shelf = shelf;
    }

    boolean seesDrafts() {
        return actors.current().holds(Role.PRODUCT_OFFICER) || actors.current().holds(Role.COMPLIANCE);
    }

    /** The staff member whose hand-overs the actor may list, or {@code null} for all of them. */
    String handOversVisibleTo() {
        return seesDrafts() ? null : actors.current().username();
    }

    String username() {
        return actors.current().username();
    }

    /** The product as this actor may see it: a draft answers 404 to those who do not keep the shelf. */
    Product visible(String code) {
        return shelf.find(code).filter(p -> p.status() != ProductStatus.DRAFT || seesDrafts())
                .orElseThrow(() -> DomainRefusal.notFound("unknown-product", "Unknown product " + code, code));
    }
}
