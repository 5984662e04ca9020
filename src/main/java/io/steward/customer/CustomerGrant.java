package io.steward.customer;

/** The current actor may read this customer record, in this view. */
public record CustomerGrant(long customerId, String number, CustomerView view, String actor) {

    public boolean full() {
        return view == CustomerView.FULL;
    }
}
