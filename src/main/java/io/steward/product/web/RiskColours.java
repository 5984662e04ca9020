package io.steward.product.web;

import io.steward.product.RiskLevel;

/** The colour of a risk level's badge, from calm to alarming, in Bootstrap's palette. */
public final class RiskColours {

    private RiskColours() {
    }

    public static String of(RiskLevel level) {
        return switch (level) {
            case R1 -> "success";
            case R2 -> "info";
            case R3 -> "warning";
            case R4 -> "danger";
            case R5 -> "dark";
        };
    }
}
