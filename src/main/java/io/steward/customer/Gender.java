package io.steward.customer;

public enum Gender {
    FEMALE,
    MALE
}
